import torch
import torch.nn.functional as F
torch.manual_seed(100068)
a = torch.randn(4, requires_grad=True)
try:
    t1 = torch.where(a > 2.42, a, 1.5)
    t2 = torch.where(t1 < a, t1, a)
    t3 = t2.abs()
    t4 = t3 @ torch.tensor([[-0.35, 1.01], [-1.03, -0.8], [-1.4, -0.2], [-0.3, -1.15]])
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
