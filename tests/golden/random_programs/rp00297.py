import torch
import torch.nn.functional as F
torch.manual_seed(100297)
a = (torch.rand(1, dtype=torch.float64) + 0.5).requires_grad_()
b = torch.randn(1, dtype=torch.float64, requires_grad=True)
try:
    t1 = -1.38 / a
    t2 = torch.cat([a, t1], dim=-1)
    t3 = F.smooth_l1_loss(t2, torch.tensor([-0.1, 0.7], dtype=torch.float64))
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
