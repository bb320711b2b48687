import torch
import torch.nn.functional as F
torch.manual_seed(100251)
a = torch.randn(3, 3, requires_grad=True)
b = torch.randn(1, 3, requires_grad=True)
c = torch.tensor([[-1.7, 1.97, 1.84], [0.4, -1.77, 1.08], [-0.94, 2.0, 0.98]], requires_grad=True)
try:
    t1 = a.expm1()
    t2 = F.hardtanh(t1)
    t3 = t2.unsqueeze(1)
    t4 = torch.clamp(t3, max=0.1)
    t5 = t4[-1]
    t6 = t5.sum()
    t7 = t6 ** 2
    t8 = F.softplus(t7)
    t9 = t8.clone()
    t10 = t9.clone()
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
