import torch
import torch.nn.functional as F
torch.manual_seed(100498)
a = torch.randn(3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
try:
    t1 = a / (b.abs() + 1)
    t2 = torch.matmul(t1, torch.tensor([0.2, -0.12, 0.67]))
    t3 = t2[...]
    t4 = -2.9 - t3
    t5 = torch.where(t4 < torch.tensor(0.4), t4, torch.tensor(0.4))
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
