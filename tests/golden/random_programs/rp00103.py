import torch
import torch.nn.functional as F
torch.manual_seed(100103)
a = torch.randn(0, requires_grad=True)
b = torch.randn(0, requires_grad=True)
c = torch.tensor(-1.57, requires_grad=True)
try:
    t1 = torch.where(a > 2.33, a, -1.76)
    t1.masked_fill_(t1 > 1.9, 1.9)
    t2 = F.softplus(t1)
    t3 = torch.tensor(-1.3) - t2
    t4 = -2.0 - t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
