import torch
import torch.nn.functional as F
torch.manual_seed(100223)
a = torch.tensor([[[1.2, -0.7], [2.0, 1.74]], [[0.66, 1.95], [-1.9, -1.4]], [[-0.9, 1.4], [1.0, 0.45]]], requires_grad=True)
b = torch.randn(2, 2, requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = a[::3]
    t2 = t1 + b
    t3 = t2.add(-0.78, alpha=2)
    t4 = t3.half()
    t5 = t4[-1]
    t6 = F.softplus(t5)
    t7 = t6.to(dtype=torch.double)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[-1.1, 1.0], [1.2, -0.3]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
