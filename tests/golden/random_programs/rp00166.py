import torch
import torch.nn.functional as F
torch.manual_seed(100166)
a = torch.randn((), requires_grad=True)
b = torch.tensor(1.5, requires_grad=True)
try:
    t1 = torch.stack([a, b], -1)
    t2 = t1.abs()
    t3 = F.mse_loss(t2, torch.zeros_like(t2))
    t4 = t3.abs()
    t5 = t4.add(1.01, alpha=2)
    t5.mul_(1.46)
    t6 = 1.9 - t5
    t7 = t6.view(2)
    t8 = t7.to(torch.float64)
    t9 = t8.norm()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
