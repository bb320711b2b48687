import torch
import torch.nn.functional as F
torch.manual_seed(100202)
a = torch.randn(2, 2, dtype=torch.float64, requires_grad=True)
b = torch.tensor(-1.6, dtype=torch.float64, requires_grad=True)
try:
    t1 = a.float()
    t2 = F.softplus(t1)
    t3 = t2.clone()
    t4 = t3.half()
    t5 = t4.reshape(-1, 2)
    t6 = F.hardtanh(t5)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
