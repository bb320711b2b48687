import torch
import torch.nn.functional as F
torch.manual_seed(100299)
a = torch.tensor([[[0.5, 0.3, 1.2]], [[0.68, 0.9, -1.79]]], dtype=torch.float64, requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.tensor([[[-0.7, -0.4, -1.2]], [[-0.7, -2.0, 0.5]]], requires_grad=True)
try:
    t1 = a[:, None]
    t2 = t1 - 1.4
    t3 = torch.logsumexp(t2, -3)
    t4 = t3 / (c.abs() + 1)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
