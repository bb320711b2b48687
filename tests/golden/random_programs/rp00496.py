import torch
import torch.nn.functional as F
torch.manual_seed(100496)
a = torch.randn(2, requires_grad=True)
try:
    t1 = a.abs()
    t2 = F.mse_loss(t1, torch.zeros_like(t1))
    t3 = t2 * -1.5
    t4 = F.softplus(t3)
    t5 = t4.add(1.8, alpha=2)
    t6 = t5.clone()
    t7 = t3 - t6
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
