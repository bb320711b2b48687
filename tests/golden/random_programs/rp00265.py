import torch
import torch.nn.functional as F
torch.manual_seed(100265)
a = torch.randn(4, requires_grad=True)
try:
    t1 = F.silu(a)
    t2 = t1[::3]
    t3 = torch.sum(t2, dim=-1)
    t4 = t3 - -0.5
    t5 = t4[...]
    t6 = t5.half()
    t7 = 1.3 * t6
    t8 = torch.minimum(t3, t7)
    t9 = F.silu(t8)
    t10 = t9.tanh()
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
