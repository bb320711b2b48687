import torch
import torch.nn.functional as F
torch.manual_seed(100123)
a = (torch.rand(2) + 0.5).requires_grad_()
b = torch.randn((), requires_grad=True)
c = torch.tensor([0.21, 0.7], requires_grad=True)
try:
    t1 = a * 1.0
    t1[..., 1:].mul_(1.7)
    t2 = t1.add(1.3, alpha=2)
    t3 = torch.where(t2 > 2.0, t2, 1.06)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
