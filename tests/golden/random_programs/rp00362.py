import torch
import torch.nn.functional as F
torch.manual_seed(100362)
a = (torch.rand(3, 4, 4) + 0.5).requires_grad_()
b = torch.tensor([[[0.8, -1.44, -0.1, 1.25], [0.9, -1.0, -0.67, 1.8], [-1.3, 0.7, 1.24, -1.1], [1.8, 0.6, 1.03, -1.9]]], requires_grad=True)
try:
    t1 = a * 1.7
    t2 = t1 @ torch.tensor([[1.1, -1.08, 0.92], [-0.23, 1.5, -0.6], [-1.1, 0.86, -1.22], [-1.0, -1.2, 1.0]])
    t3 = torch.sigmoid(t2)
    t4 = t3.masked_fill(t3 < 0.3, 1.6)
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
