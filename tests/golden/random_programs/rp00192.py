import torch
import torch.nn.functional as F
torch.manual_seed(100192)
a = torch.randn((), requires_grad=True)
try:
    t1 = a ** 3
    t2 = t1.half()
    t3 = t2.long()
    t4 = t3.to(torch.float64)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
