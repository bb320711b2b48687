import torch
import torch.nn.functional as F
torch.manual_seed(100395)
a = torch.randn(4, 4, 1, dtype=torch.float64, requires_grad=True)
b = torch.tensor([-2.0], requires_grad=True)
try:
    t1 = b - a
    t2 = a - t1
    t3 = torch.sin(t2)
    t4 = torch.stack([t3, a], -2)
    t5 = t4 + 1.58
    t6 = t5 + t4
    t7 = t6 * 0.74
    t8 = t7[t7 > 0.8]
    t9 = t8.mean()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
