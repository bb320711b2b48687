import torch
import torch.nn.functional as F
torch.manual_seed(100112)
a = torch.tensor([[[0.4, -1.9, -2.0], [-1.23, -0.2, 0.4], [0.7, 1.17, -0.7]], [[0.1, 0.8, -0.2], [0.1, -1.5, 1.11], [0.19, -0.62, -1.83]]], requires_grad=True)
b = torch.randn(2, 3, 3, requires_grad=True)
c = torch.tensor([[[-1.8], [-1.31], [1.9]], [[-1.1], [-0.2], [1.6]]], requires_grad=True)
try:
    t1 = a - 2.7
    t2 = t1.flatten(0, 1)
    t3 = t2.clone()
    t4 = t3[:, torch.tensor([0, 1])]
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[1.28, 0.6], [1.1, -0.6], [1.4, 0.36], [-0.9, 0.77], [1.3, 0.0], [-0.7, -0.4]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
