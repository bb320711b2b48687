import torch
import torch.nn.functional as F
torch.manual_seed(100451)
a = torch.randn(3, 1, requires_grad=True)
b = torch.tensor([[-1.1], [1.8], [1.6]], requires_grad=True)
c = torch.randn(3, 1, requires_grad=True)
try:
    t1 = -a
    t2 = t1.flatten(0, 1)
    t3 = t2.half()
    t4 = t3.square()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
