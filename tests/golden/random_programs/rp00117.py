import torch
import torch.nn.functional as F
torch.manual_seed(100117)
a = torch.randn(3, 4, 2, requires_grad=True)
b = torch.randn(3, 4, 2, requires_grad=True)
try:
    t1 = a[:, None]
    t2 = torch.lerp(t1, a, 0.25)
    t3 = t2.clamp(min=0.9)
    t4 = t3 / 1.1
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
