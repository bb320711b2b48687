import torch
import torch.nn.functional as F
torch.manual_seed(100372)
a = torch.randn(0, requires_grad=True)
try:
    t1 = a + torch.tensor(-0.91)
    t2 = t1.masked_fill(t1 < -3.2, -0.95)
    t3 = torch.minimum(t1, t2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
