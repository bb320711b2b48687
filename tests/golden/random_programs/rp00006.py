import torch
import torch.nn.functional as F
torch.manual_seed(100006)
a = torch.tensor(0.53, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.to(torch.float64)
    t2 = t1 ** 3
    t3 = t2[...]
    t4 = torch.where(t3 > 2.4, t3, -2.14)
    t5 = torch.where(t4 < t3, t4, t3)
    t6 = t3 - t5
    t7 = t6.clone()
    t8 = torch.stack([t7, t2], 0)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([-0.2, 0.2], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
