import torch
import torch.nn.functional as F
torch.manual_seed(100474)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.tensor(-1.6, requires_grad=True)
try:
    t1 = torch.where(a < c, a, c)
    t2 = t1 ** 2
    t3 = t2.clone()
    t4 = 2.0 * t3
    t5 = t4.unsqueeze(-1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
