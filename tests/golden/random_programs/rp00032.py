import torch
import torch.nn.functional as F
torch.manual_seed(100032)
a = torch.randn(2, 1, dtype=torch.float64, requires_grad=True)
try:
    t1 = a.expand(2, 2, -1)
    t2 = torch.lerp(t1, a, 0.25)
    t3 = t2.narrow(1, 0, 2)
    t4 = t3.cumsum(0)
    t5 = t4.norm(dim=-2)
    t6 = torch.maximum(t5, t2)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
