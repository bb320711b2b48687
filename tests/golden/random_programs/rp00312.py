import torch
import torch.nn.functional as F
torch.manual_seed(100312)
a = torch.tensor([[[-1.1, 0.0, 1.1, 0.0], [0.1, 0.9, -1.3, 1.51], [-1.6, -0.9, -1.8, 1.31]], [[1.7, 0.82, 1.2, -1.55], [0.9, -0.6, -1.3, 1.51], [1.27, -1.99, -1.7, 1.18]], [[-0.32, 0.6, 1.25, 1.3], [-1.1, 1.42, 1.5, 1.54], [0.9, -1.0, -1.0, -1.3]]], requires_grad=True)
try:
    t1 = a[:, 1]
    t2 = torch.clamp(t1, max=1.8)
    t3 = t2.sum(3)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
