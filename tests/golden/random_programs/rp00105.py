import torch
import torch.nn.functional as F
torch.manual_seed(100105)
a = torch.randn(3, 3, 2, requires_grad=True)
b = torch.randn(3, 3, 2, requires_grad=True)
try:
    t1 = torch.sign(a)
    t2 = -1.2 + t1
    t3 = t2 ** 3
    t4 = t3.add(-2.2, alpha=2)
    t5 = t4.sum()
    t6 = t5.add(-0.85, alpha=2)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
