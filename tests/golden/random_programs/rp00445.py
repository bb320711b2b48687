import torch
import torch.nn.functional as F
torch.manual_seed(100445)
a = torch.randn(2, 3, 2, requires_grad=True)
b = torch.tensor([[[-0.3]]], requires_grad=True)
c = torch.randn(2, 3, 2, requires_grad=True)
try:
    t1 = a.abs()
    t2 = t1.expm1()
    t3 = t2[t2 > 12.0]
    t4 = t3.add(1.7, alpha=2)
    t5 = -1.6 + t4
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
