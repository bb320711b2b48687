import torch
import torch.nn.functional as F
torch.manual_seed(100021)
a = torch.randn(3, requires_grad=True)
try:
    t1 = F.silu(a)
    t2 = t1.half()
    t3 = t2.floor()
    t4 = t3.chunk(2, 0)[1]
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
