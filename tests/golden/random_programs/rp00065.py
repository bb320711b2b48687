import torch
import torch.nn.functional as F
torch.manual_seed(100065)
a = torch.randn(2, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
c = (torch.rand(3) + 0.5).requires_grad_()
try:
    t1 = a / c
    t2 = t1.floor()
    t3 = t2 + torch.tensor([[-1.2]])
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
