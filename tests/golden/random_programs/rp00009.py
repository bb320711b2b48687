import torch
import torch.nn.functional as F
torch.manual_seed(100009)
a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = torch.logsumexp(a, -1)
    t1.sigmoid_()
    t2 = torch.log1p(t1)
    t3 = F.elu(t2)
    t4 = t3 + 1.2
    t5 = t4.cos()
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
