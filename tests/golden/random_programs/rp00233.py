import torch
import torch.nn.functional as F
torch.manual_seed(100233)
a = torch.randn(2, 3, requires_grad=True)
try:
    t1 = a.clamp(min=-2.8)
    t2 = torch.stack([t1, t1 * 0.5], 2)
    t3 = t2.flatten()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
