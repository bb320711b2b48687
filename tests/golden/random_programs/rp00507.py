import torch
import torch.nn.functional as F
torch.manual_seed(100507)
a = torch.randn(4, 1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = a.to(dtype=torch.double)
    t2 = t1.cumsum(-1)
    t3 = t2 + torch.tensor([[-1.4, -1.0], [0.8, -0.9], [0.47, -0.5], [0.96, -1.23]])
    t4 = 1.41 * t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
