import torch
import torch.nn.functional as F
torch.manual_seed(100174)
a = torch.randn(1, 0, requires_grad=True)
b = torch.randn(0, requires_grad=True)
try:
    t1 = a * torch.zeros((0,))
    t1.masked_fill_(t1 > 1.9, 1.9)
    t2 = t1 / (torch.tensor(-0.72).abs() + 1)
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
