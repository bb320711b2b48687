import torch
import torch.nn.functional as F
torch.manual_seed(100302)
a = torch.randn(2, 3, requires_grad=True)
try:
    t1 = a.add(-0.7, alpha=2)
    t2 = t1[-2]
    t3 = t2.expand(3)
    t4 = torch.sign(t3)
    t5 = t4.min(-1).values
    t6 = t5.clone()
    t7 = t6.cos()
    t7.add_(1.3)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
