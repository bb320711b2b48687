import torch
import torch.nn.functional as F
torch.manual_seed(100335)
a = torch.randn(3, 3, requires_grad=True)
try:
    t1 = a[-3]
    t2 = t1 + 0.0
    t2.sub_(t1)
    t3 = t2.add(-2.5, alpha=2)
    t4 = t3.clone()
    t5 = torch.where(t4 > -10.3, t4, 2.76)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
