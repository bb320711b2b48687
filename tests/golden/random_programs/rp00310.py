import torch
import torch.nn.functional as F
torch.manual_seed(100310)
a = torch.tensor([[-1.5], [-1.8], [-0.9]], dtype=torch.float64, requires_grad=True)
b = torch.randn(3, 1, requires_grad=True)
try:
    t1 = a.sum(0)
    t2 = t1[-1]
    t3 = t2[...]
    t4 = t3 + -2.82
    t5 = torch.stack([t4, t2], -1)
    t6 = torch.cat([t1, t5], dim=0)
    t7 = F.mse_loss(t6, torch.tensor([-1.1, 0.05, -1.4], dtype=torch.float64), reduction='none')
    t8 = t7.clone()
    t8.clamp_(-1.6, 1.6)
    t9 = t8[t8 > 0.4]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
