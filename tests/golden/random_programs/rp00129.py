import torch
import torch.nn.functional as F
torch.manual_seed(100129)
a = torch.randn(2, requires_grad=True)
try:
    t1 = a * 1.0
    t1.add_(1.4)
    t2 = torch.where(t1 < a, t1, a)
    t3 = t2.add(-2.64, alpha=2)
    t4 = t3.to(dtype=torch.double)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
