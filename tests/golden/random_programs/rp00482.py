import torch
import torch.nn.functional as F
torch.manual_seed(100482)
a = torch.randn(1, 3, requires_grad=True)
b = torch.tensor(0.27, requires_grad=True)
try:
    t1 = a.half()
    t2 = t1[-1]
    t3 = t2.expm1()
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
