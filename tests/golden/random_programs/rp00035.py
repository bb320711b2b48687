import torch
import torch.nn.functional as F
torch.manual_seed(100035)
a = torch.tensor([[[1.3, 1.95]], [[1.8, -1.2]], [[-1.82, -0.1]]], requires_grad=True)
b = torch.randn(2, requires_grad=True)
c = torch.randn(1, 1, 1, requires_grad=True)
try:
    t1 = a.masked_fill(a < 2.0, -0.81)
    t2 = t1.cos()
    t3 = t2.masked_fill(t2 < 0.78, 0.9)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
