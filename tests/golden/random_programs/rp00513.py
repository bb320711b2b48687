import torch
import torch.nn.functional as F
torch.manual_seed(100513)
a = torch.randn(4, 2, 3, requires_grad=True)
b = torch.tensor([[[-1.38, -0.6, -1.2], [-0.42, 0.3, -0.37]], [[-0.3, 1.6, 1.7], [-0.42, -1.97, -0.1]], [[-0.4, -1.4, -0.1], [0.1, -0.4, 0.61]], [[0.1, 0.5, 0.7], [-0.9, 0.75, 1.2]]], requires_grad=True)
try:
    t1 = torch.matmul(a, torch.tensor([0.39, 0.79, 0.0]))
    t2 = t1.to(dtype=torch.double)
    t3 = t2[::2]
    t4 = F.mse_loss(t3, torch.zeros_like(t3), reduction='sum')
    t5 = t4.norm()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
