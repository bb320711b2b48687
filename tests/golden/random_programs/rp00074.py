import torch
import torch.nn.functional as F
torch.manual_seed(100074)
a = torch.randn(1, 3, 2, requires_grad=True)
b = torch.tensor(0.6, requires_grad=True)
try:
    t1 = a.var(0, correction=0)
    t2 = torch.sign(t1)
    t3 = t2 * 0.6
    t4 = torch.logsumexp(t3, 1, keepdim=True)
    t5 = t4.norm()
    t6 = torch.mul(torch.tensor(0.02), t5)
    t7 = t6 / (t5.abs() + 1)
    t8 = F.gelu(t7)
    t9 = t8.amax()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
