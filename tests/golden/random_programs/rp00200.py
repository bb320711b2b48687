import torch
import torch.nn.functional as F
torch.manual_seed(100200)
a = torch.tensor([[1.9, -0.29, -0.34, -1.3], [0.8, 0.4, 0.7, -1.7], [-1.18, -1.95, -1.2, 1.0]], requires_grad=True)
b = torch.tensor([-1.3, -1.1, -0.4, -0.3], requires_grad=True)
try:
    t1 = a.square()
    t2 = t1.flatten(0, 1)
    t3 = F.softplus(t2)
    t4 = t3.abs()
    t5 = torch.log1p(t4)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
