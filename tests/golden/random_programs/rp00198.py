import torch
import torch.nn.functional as F
torch.manual_seed(100198)
a = torch.tensor([[1.4, 0.7], [-1.9, 1.1]], requires_grad=True)
b = torch.randn(2, 2, requires_grad=True)
try:
    t1 = torch.logsumexp(a, 1)
    t2 = t1 * a
    t2.add_(0.7)
    t3 = t2 @ b
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
