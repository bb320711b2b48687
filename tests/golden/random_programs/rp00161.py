import torch
import torch.nn.functional as F
torch.manual_seed(100161)
a = torch.randn(3, 1, requires_grad=True)
b = torch.tensor([[0.1]], requires_grad=True)
try:
    t1 = a ** 2
    t2 = t1[..., 0, None]
    t3 = t2.amax(-1)
    t3.masked_fill_(t3 > 0.6, 0.6)
    t4 = t3.masked_fill(t3 < 0.5, 1.0)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
