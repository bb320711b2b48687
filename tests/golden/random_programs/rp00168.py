import torch
import torch.nn.functional as F
torch.manual_seed(100168)
a = torch.randn(4, 3, 3, requires_grad=True)
b = (torch.rand(4, 3, 3) + 0.5).requires_grad_()
c = torch.randn(3, 3, requires_grad=True)
try:
    t1 = torch.cat([b, a], dim=2)
    t2 = t1 - 1.77
    t3 = torch.mul(torch.linspace(-1.5, 1.5, 72).reshape((4, 3, 6)), t2)
    t4 = torch.where(t3 > 2.9, t3, 1.5)
    t5 = t4.add(1.08, alpha=2)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
