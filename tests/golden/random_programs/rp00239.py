import torch
import torch.nn.functional as F
torch.manual_seed(100239)
a = torch.tensor([[[-0.7, -1.35, 0.4], [-1.8, -1.19, -0.6], [1.8, -1.96, -0.57], [-0.4, 1.1, 0.7]], [[1.6, 1.38, 0.9], [0.0, 1.0, 1.0], [1.8, 0.3, -0.2], [-1.0, 1.87, -0.2]], [[-1.8, 0.7, 1.3], [1.5, -0.6, -0.34], [0.7, 0.2, 1.6], [0.4, 0.2, 1.6]], [[0.1, 2.0, 0.6], [1.74, -0.8, 1.5], [1.47, 1.4, -1.2], [1.5, 0.1, 0.76]]], requires_grad=True)
b = torch.tensor([[[-1.43, -0.5, 0.5], [1.5, -1.77, 0.8], [-1.3, -0.8, -0.8], [1.8, 1.6, -0.67]], [[0.77, 1.9, 0.99], [-0.6, 1.2, 0.36], [0.53, -1.96, -0.5], [-1.7, 1.11, -0.31]], [[-1.4, -1.87, 0.4], [-1.0, 1.1, -0.1], [1.63, 1.1, -1.9], [0.56, 0.61, 0.0]], [[-0.1, -1.7, 1.62], [-1.71, -0.5, 1.0], [-0.7, -0.98, -0.9], [-0.6, 0.3, 1.9]]], requires_grad=True)
try:
    t1 = a @ torch.tensor([[-1.04, 0.24, 0.9], [0.73, 1.4, -1.34], [1.0, 0.9, -0.7]])
    t2 = t1 @ torch.tensor([[-0.6, -1.2, -1.48], [-0.4, -1.36, -1.5], [0.1, -1.5, 0.2]])
    t2.clamp_(-1.4, 1.4)
    t3 = torch.softmax(t2, dim=-2)
    t4 = t3.cos()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
