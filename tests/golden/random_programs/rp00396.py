import torch
import torch.nn.functional as F
torch.manual_seed(100396)
a = torch.randn(3, 3, requires_grad=True)
try:
    t1 = a[a > -3.27]
    t2 = torch.neg(t1)
    t3 = torch.sigmoid(t2)
    t4 = torch.where(t3 > 0.8, t3, 2.9)
    t5 = torch.where(t4 > 0.31, t4, -1.4)
    t6 = torch.sin(t5)
    t7 = t6 / 1.7
    t8 = torch.neg(t7)
    t9 = -1.5 + t8
    t9.clamp_(-0.9, 0.9)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
