import torch
import torch.nn.functional as F
torch.manual_seed(100008)
a = torch.randn(3, requires_grad=True)
try:
    t1 = a.unsqueeze(1)
    t2 = t1.add(2.4, alpha=2)
    t3 = F.silu(t2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
