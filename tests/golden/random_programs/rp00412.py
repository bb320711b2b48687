import torch
import torch.nn.functional as F
torch.manual_seed(100412)
a = torch.tensor([[[1.4, 0.8, 0.0, 1.0], [-0.4, 0.9, -1.1, -0.98], [0.99, 1.3, 1.3, -0.28]], [[-0.1, 1.2, -1.5, 1.6], [-1.04, -0.21, -1.4, -0.57], [1.3, 0.71, -0.8, 1.22]], [[-0.31, 1.5, 1.3, 0.25], [-1.2, -1.6, -0.69, -1.5], [-0.3, 1.43, -1.82, -0.37]]], requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1.to(torch.float64)
    t3 = F.silu(t2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
