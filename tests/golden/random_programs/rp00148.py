import torch
import torch.nn.functional as F
torch.manual_seed(100148)
a = torch.tensor(-0.6, requires_grad=True)
b = torch.tensor(-0.7, requires_grad=True)
try:
    t1 = a.mean()
    t2 = t1.expm1()
    t3 = t2[...]
    t4 = t3 / 1.1
    t5 = torch.where(t4 > 3.5, t4, 0.7)
    t6 = F.softplus(t5)
    t7 = F.hardtanh(t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
