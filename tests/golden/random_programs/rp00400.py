import torch
import torch.nn.functional as F
torch.manual_seed(100400)
a = torch.randn(2, 1, requires_grad=True)
b = (torch.rand(2, 1) + 0.5).requires_grad_()
try:
    t1 = a.add(2.5, alpha=2)
    t2 = t1.sum(3)
    t3 = t2.clone()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
