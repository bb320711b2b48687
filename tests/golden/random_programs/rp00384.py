import torch
import torch.nn.functional as F
torch.manual_seed(100384)
a = torch.randn((), dtype=torch.float64, requires_grad=True)
b = torch.tensor(1.2, requires_grad=True)
try:
    t1 = a.long().softmax(0)
    t2 = t1[...]
    t3 = t2 + 2.83
    t4 = t3[None]
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
