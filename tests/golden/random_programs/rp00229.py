import torch
import torch.nn.functional as F
torch.manual_seed(100229)
a = torch.randn(2, 3, requires_grad=True)
try:
    t1 = a.permute(0, 1)
    t2 = torch.sin(t1)
    t3 = t2.to(dtype=torch.double)
    t4 = t3.mean(dim=1, keepdim=True)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
