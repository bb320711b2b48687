import torch
import torch.nn.functional as F
torch.manual_seed(100131)
a = torch.randn(4, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a[None]
    t2 = b - t1
    t3 = t2.abs()
    t4 = torch.where(t3 < t2, t3, t2)
    t5 = F.gelu(t4)
    t6 = t5[:, None]
    t7 = t6.expand(2, 2, 1, 4)
    t7.relu_()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
