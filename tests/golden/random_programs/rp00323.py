import torch
import torch.nn.functional as F
torch.manual_seed(100323)
a = torch.tensor([[[-0.8, -1.9], [1.5, 1.58], [1.6, -1.0], [1.4, -1.48]], [[1.83, -1.6], [-1.3, -0.3], [-1.4, -1.9], [1.64, -0.7]], [[-0.4, 0.6], [-0.2, -1.5], [0.5, 0.5], [-1.59, -0.9]]], requires_grad=True)
b = torch.randn(3, 4, 2, requires_grad=True)
c = torch.tensor([[[0.12, 1.15], [0.73, 1.47], [-0.8, 1.4], [-0.4, 1.04]], [[1.4, 0.7], [0.9, -0.42], [-1.4, -1.1], [1.5, 0.5]], [[1.3, -0.7], [2.0, -1.9], [0.2, -0.55], [0.1, 1.6]]], requires_grad=True)
try:
    t1 = a.permute(1, 0, 2)
    t2 = t1 ** 3
    t3 = -0.7 + t2
    t4 = t3.clone()
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
