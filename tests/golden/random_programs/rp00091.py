import torch
import torch.nn.functional as F
torch.manual_seed(100091)
a = torch.randn(4, 1, 1, requires_grad=True)
try:
    t1 = a.add(1.44, alpha=2)
    t2 = t1.expand(4, -1, -1)
    t3 = t2[5]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
