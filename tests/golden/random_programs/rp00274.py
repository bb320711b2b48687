import torch
import torch.nn.functional as F
torch.manual_seed(100274)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.tensor(-0.4, requires_grad=True)
try:
    t1 = c - a
    t2 = t1 ** 2
    t3 = torch.lerp(t2, torch.tensor(0.0), 0.25)
    t4 = torch.stack([t3, c], 0)
    t5 = torch.softmax(t4, dim=0)
    t6 = torch.cat([t4, t5], dim=0)
    t7 = t6.floor()
    t8 = torch.neg(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
