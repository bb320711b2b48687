import torch
import torch.nn.functional as F
torch.manual_seed(100263)
a = torch.randn(2, 3, requires_grad=True)
b = torch.randn(2, 1, requires_grad=True)
c = torch.randn(1, 3, requires_grad=True)
try:
    t1 = a[3]
    t2 = t1.half()
    t3 = F.relu6(t2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
