import torch
import torch.nn.functional as F
torch.manual_seed(100099)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a[...]
    t2 = torch.where(t1 < torch.tensor(-0.8), t1, torch.tensor(-0.8))
    t3 = t2 + -2.3
    t4 = F.gelu(t3)
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
