import torch
import torch.nn.functional as F
torch.manual_seed(100080)
a = torch.randn(2, dtype=torch.float64, requires_grad=True)
b = torch.randn(2, dtype=torch.float64, requires_grad=True)
c = (torch.rand(2) + 0.5).requires_grad_()
try:
    t1 = a[a > 1.1]
    t1.mul_(-1.75)
    t2 = -t1
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
