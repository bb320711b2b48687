import torch
import torch.nn.functional as F
torch.manual_seed(100083)
a = torch.tensor([-0.9, 0.6, 1.0], dtype=torch.float64, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.var(-1)
    t2 = t1.clone()
    t3 = torch.maximum(t2, a)
    t4 = F.binary_cross_entropy_with_logits(t3, torch.tensor([0.26, 0.53, 0.7], dtype=torch.float64), reduction='sum')
    t5 = torch.stack([t4, t2], -1)
    t6 = t5 @ torch.tensor([[0.2, 0.1, 0.4], [0.0, 1.1, -0.17]], dtype=torch.float64)
    t7 = torch.where(t6 > 730.9, t6, -2.9)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([-0.2, 0.4, -1.5], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
