import torch
import torch.nn.functional as F
torch.manual_seed(100375)
a = torch.tensor(2.0, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a * torch.tensor(-0.1)
    t2 = t1 / -1.74
    t3 = t2[...]
    t4 = torch.tensor(0.9) - t3
    t5 = t4.clone()
    t6 = t5.expand(2)
    t7 = 2.9 - t6
    t8 = F.mse_loss(t7, torch.zeros_like(t7))
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
