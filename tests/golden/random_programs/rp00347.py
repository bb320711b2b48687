import torch
import torch.nn.functional as F
torch.manual_seed(100347)
a = torch.randn(2, requires_grad=True)
b = torch.tensor([-1.9, -0.74], requires_grad=True)
try:
    t1 = a[..., 0, None]
    t2 = t1.clone()
    t3 = torch.clamp(t2, max=-3.3)
    t4 = torch.cat([t2, t3], dim=0)
    t5 = F.mse_loss(t4, torch.tensor([-0.7, 0.0]))
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
