import torch
import torch.nn.functional as F
torch.manual_seed(100048)
a = torch.randn(3, 4, 0, requires_grad=True)
b = torch.randn(3, 4, 0, requires_grad=True)
try:
    t1 = a.masked_fill(a < 2.6, 1.41)
    t2 = t1.amax()
    t3 = t2.clone()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
