import torch
import torch.nn.functional as F
torch.manual_seed(100306)
a = (torch.rand(2) + 0.5).requires_grad_()
b = (torch.rand(2) + 0.5).requires_grad_()
try:
    t1 = 1.1 - a
    t2 = t1 / b
    t3 = t2.square()
    t4 = t3.to(dtype=torch.double)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
