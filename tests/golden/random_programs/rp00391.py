import torch
import torch.nn.functional as F
torch.manual_seed(100391)
a = torch.randn(3, 2, requires_grad=True)
b = torch.randn(3, 2, requires_grad=True)
try:
    t1 = a.mean()
    t2 = t1.clone()
    t2.masked_fill_(t2 > 1.0, 1.0)
    t3 = t2 / (a.abs() + 1)
    t4 = t3.floor()
    t5 = t4.clamp(min=-3.8)
    t6 = t5.square()
    t7 = t6 / (t3.abs() + 1)
    t8 = F.elu(t7)
    t9 = t8 + 0.0
    t9.clamp_(-1.9, 1.9)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
