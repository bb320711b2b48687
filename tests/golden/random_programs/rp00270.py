import torch
import torch.nn.functional as F
torch.manual_seed(100270)
a = torch.randn((), requires_grad=True)
try:
    t1 = a.half()
    t2 = t1.clone()
    t3 = torch.where(t2 > -1.8, t2, 1.4)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
