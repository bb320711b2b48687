import torch
import torch.nn.functional as F
torch.manual_seed(100338)
a = torch.randn(0, requires_grad=True)
b = torch.randn(0, requires_grad=True)
c = torch.randn(0, requires_grad=True)
try:
    t1 = a.clamp(min=-2.79)
    t1.sigmoid_()
    t2 = t1 / (torch.tensor([0.1]).abs() + 1)
    t3 = t2 * a
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
