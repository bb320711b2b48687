import torch
import torch.nn.functional as F
torch.manual_seed(100122)
a = torch.randn(3, 3, requires_grad=True)
try:
    t1 = a ** 3
    t2 = -2.0 * t1
    t3 = F.hardtanh(t2)
    t4 = t3.var(-1, correction=0)
    t5 = t4.amax(-1)
    t6 = t5.add(2.0, alpha=2)
    t6.sub_(t5)
    t7 = torch.stack([t6, t6 * 0.5], -1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
