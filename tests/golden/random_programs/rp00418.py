import torch
import torch.nn.functional as F
torch.manual_seed(100418)
a = torch.randn(0, 4, requires_grad=True)
b = torch.randn(4, requires_grad=True)
c = torch.tensor([1.1, 1.1, 0.9, 1.8], requires_grad=True)
try:
    t1 = torch.logsumexp(a, 1, keepdim=True)
    t2 = t1 * a
    t3 = F.silu(t2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
