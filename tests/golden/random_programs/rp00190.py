import torch
import torch.nn.functional as F
torch.manual_seed(100190)
a = torch.tensor(-1.61, dtype=torch.float64, requires_grad=True)
b = torch.tensor(-1.3, dtype=torch.float64, requires_grad=True)
c = torch.tensor(-0.4, requires_grad=True)
try:
    t1 = torch.lerp(a, b, 0.25)
    t2 = torch.stack([t1, t1 * 0.5], -1)
    t3 = t2 @ torch.tensor([[-1.25, -1.2], [-0.3, -0.8]], dtype=torch.float64)
    t4 = t3[None]
    t5 = torch.sigmoid(t4)
    t6 = F.cross_entropy(t5, torch.tensor([0]), reduction='none', label_smoothing=0.1)
    t7 = t6 * -2.6
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([0.2], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
