import torch
import torch.nn.functional as F
torch.manual_seed(100230)
a = torch.tensor(0.6, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.clone()
    t2 = torch.neg(t1)
    t3 = F.hardtanh(t2)
    t4 = torch.stack([t3, a], 0)
    t5 = torch.mul(t3, t4)
    t6 = torch.tensor([-0.2, -0.5]) - t5
    t7 = t6.cos()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
