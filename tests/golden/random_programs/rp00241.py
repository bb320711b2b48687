import torch
import torch.nn.functional as F
torch.manual_seed(100241)
a = torch.randn((), dtype=torch.float64, requires_grad=True)
b = torch.randn((), dtype=torch.float64, requires_grad=True)
c = torch.tensor(-0.21, requires_grad=True)
try:
    t1 = a[...]
    t2 = torch.where(t1 > -0.5, t1, -2.9)
    t3 = F.hardtanh(t2)
    t4 = t3 / -2.57
    t5 = t4.abs()
    t6 = t5[...]
    t7 = t6 + torch.tensor(0.1)
    t8 = t7.clone()
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
