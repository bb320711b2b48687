import torch
import torch.nn.functional as F
torch.manual_seed(100191)
a = torch.randn(4, 1, 0, requires_grad=True)
b = torch.randn(4, 1, 0, requires_grad=True)
try:
    t1 = a[2:2]
    t2 = t1 + 0.0
    t2.sigmoid_()
    t3 = t2 - 0.56
    t4 = t3.half()
    t5 = t4.add(-1.5, alpha=2)
    t6 = t5.transpose(1, 2)
    t7 = t6.masked_fill(t6 < -3.1, -1.32)
    t8 = t7.transpose(2, 1)
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
