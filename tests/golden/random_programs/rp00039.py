import torch
import torch.nn.functional as F
torch.manual_seed(100039)
a = torch.randn(2, 3, 1, requires_grad=True)
try:
    t1 = torch.where(a < torch.tensor([[[-0.3]], [[0.79]]]), a, torch.tensor([[[-0.3]], [[0.79]]]))
    t1.add_(1.4)
    t2 = torch.clamp(t1, max=2.7)
    t3 = torch.lerp(t2, a, 0.25)
    t4 = t3.mean(dim=1, keepdim=True)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
