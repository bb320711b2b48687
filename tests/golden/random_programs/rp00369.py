import torch
import torch.nn.functional as F
torch.manual_seed(100369)
a = torch.tensor([[[1.9, -1.4]], [[-1.8, 0.16]], [[-1.1, 1.63]], [[-0.5, 0.8]]], requires_grad=True)
b = torch.randn(2, requires_grad=True)
try:
    t1 = -1.8 - a
    t2 = t1.std(-2, correction=0, keepdim=True)
    t3 = t2.var(1)
    t4 = F.silu(t3)
    t5 = t4 * 1.82
    t6 = t5.clone()
    t7 = F.softplus(t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
