import torch
import torch.nn.functional as F
torch.manual_seed(100224)
a = (torch.rand(2) + 0.5).requires_grad_()
try:
    t1 = a.clone()
    t2 = t1.half()
    t3 = t2.rsqrt()
    t4 = -1.5 / t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
