import torch
import torch.nn.functional as F
torch.manual_seed(100256)
a = torch.tensor([[[0.3, 1.0], [1.5, -1.4], [0.76, -1.2], [1.3, 1.2]], [[1.91, 0.8], [0.2, 1.7], [-0.9, -1.7], [-0.3, -1.2]], [[-0.4, -0.61], [1.3, 0.98], [-0.3, 1.3], [1.6, -1.9]]], requires_grad=True)
b = torch.tensor([[[-0.5, -1.36]], [[1.68, -1.1]], [[-1.6, 0.2]]], requires_grad=True)
c = torch.randn(3, 4, 2, requires_grad=True)
try:
    t1 = a.masked_fill(a < -1.2, 0.49)
    t2 = t1.add(0.7, alpha=2)
    t2.sub_(t1)
    t3 = t2 + -1.3
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[[-0.5, 0.0], [-0.3, 1.4], [0.4, -0.8], [-0.12, -0.3]], [[-0.1, 0.4], [-1.3, 1.0], [-1.23, -1.2], [-1.08, -0.11]], [[-0.1, 0.1], [0.4, -1.1], [-0.52, -0.6], [1.3, -0.7]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
