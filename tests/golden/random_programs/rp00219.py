import torch
import torch.nn.functional as F
torch.manual_seed(100219)
a = torch.tensor(1.5, requires_grad=True)
b = torch.tensor(-1.3, requires_grad=True)
try:
    t1 = torch.neg(a)
    t1.clamp_(-1.0, 1.0)
    t2 = t1.add(-0.9, alpha=2)
    t3 = torch.sigmoid(t2)
    t4 = t3.floor()
    t5 = t4 / (t2.abs() + 1)
    t5.mul_(0.6)
    t6 = t5.view(1)
    t7 = torch.stack([t6, t6 * 0.5], -2)
    t8 = t7 - -2.75
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
