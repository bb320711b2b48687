import torch
import torch.nn.functional as F
torch.manual_seed(100143)
a = torch.tensor([[[0.5, -1.9, -1.9], [-1.2, 1.27, 1.7], [-1.8, -0.5, -0.42], [-0.6, -0.7, -1.96]], [[1.6, -0.1, -1.7], [1.9, -0.99, -1.8], [-1.7, 1.7, -0.5], [0.2, 0.7, -0.5]], [[2.0, -0.5, 1.67], [-0.9, 0.3, 1.2], [-1.7, 0.8, -0.66], [-1.9, -0.2, 0.9]]], requires_grad=True)
b = torch.tensor([[[-0.3, 1.7, 0.9], [0.26, -1.7, 1.2], [0.85, -0.52, -0.5], [1.0, 0.1, -1.28]], [[-1.0, -1.1, 0.4], [2.0, -1.0, 1.4], [1.9, -0.67, -0.77], [-1.9, 1.4, 0.2]], [[0.1, 0.8, -1.7], [0.9, 1.4, -1.51], [0.8, -0.5, -1.99], [-1.0, -0.9, -0.5]]], requires_grad=True)
try:
    t1 = torch.lerp(a, b, 0.25)
    t2 = torch.where(t1 > 0.8, t1, -1.7)
    t3 = torch.where(t2 < t1, t2, t1)
    t4 = t3.narrow(0, 0, 1)
    t5 = F.leaky_relu(t4, 0.1)
    t6 = t5 + 0.6
    t7 = torch.stack([t6, t5], 3)
    t8 = torch.softmax(t7, dim=3)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
