import torch
import torch.nn.functional as F
torch.manual_seed(100475)
a = torch.randn(3, 0, 3, requires_grad=True)
b = torch.randn(3, 0, 3, requires_grad=True)
c = torch.randn(3, 0, 3, requires_grad=True)
try:
    t1 = a.sum()
    t2 = torch.stack([t1, t1 * 0.5], 0)
    t3 = t2 + t1
    t3[..., 1:].mul_(0.55)
    t4 = torch.mul(t2, t3)
    t5 = t4.reshape(2)
    t6 = t5 - -1.6
    t7 = torch.sin(t6)
    t8 = t7[t7 > -0.7]
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
