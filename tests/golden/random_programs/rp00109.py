import torch
import torch.nn.functional as F
torch.manual_seed(100109)
a = torch.tensor([[[0.6, -0.5, -1.2], [-0.3, -1.5, 0.1]], [[1.15, 1.94, -1.18], [-0.73, 1.8, 0.49]], [[1.8, -0.8, -0.6], [0.5, -0.2, 0.9]]], requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = F.l1_loss(a, torch.linspace(-1.5, 1.5, 18).reshape((3, 2, 3)), reduction='sum')
    t2 = t1.clone()
    t3 = torch.stack([t2, t1], -1)
    t4 = torch.sign(t3)
    t5 = 2.4 * t4
    t6 = t5.clone()
    t7 = torch.stack([t6, t6 * 0.5], -1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[-0.6, -0.1], [-1.36, 1.2]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
