import torch
import torch.nn.functional as F
torch.manual_seed(100413)
a = torch.randn(2, 2, requires_grad=True)
b = torch.randn(2, 2, requires_grad=True)
try:
    t1 = torch.stack([a, b], -2)
    t1.add_(1.57)
    t1.masked_fill_(t1 > 0.79, 0.79)
    out = t1
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
