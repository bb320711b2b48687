import torch
import torch.nn.functional as F
torch.manual_seed(100027)
a = torch.randn((), requires_grad=True)
try:
    t1 = torch.where(a > 2.11, a, 0.9)
    t2 = F.binary_cross_entropy_with_logits(t1, torch.tensor(0.13))
    t3 = t2[...]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
