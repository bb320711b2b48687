import torch
import torch.nn.functional as F
torch.manual_seed(100398)
a = torch.tensor(-0.1, requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.tensor(1.6, requires_grad=True)
try:
    t1 = a.clone()
    t1.mul_(1.5)
    t2 = torch.mul(c, t1)
    t3 = t2.mean()
    t4 = t3 + -3.0
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
