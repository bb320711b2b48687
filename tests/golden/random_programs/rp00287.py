import torch
import torch.nn.functional as F
torch.manual_seed(100287)
a = torch.randn(3, 3, 2, requires_grad=True)
try:
    t1 = a ** 3
    t2 = torch.maximum(t1, a)
    t3 = t2.narrow(0, 2, 1)
    t4 = F.mse_loss(t3, torch.zeros_like(t3))
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
