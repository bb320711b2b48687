import torch
import torch.nn.functional as F
torch.manual_seed(100486)
a = torch.tensor([0.6, -1.4], requires_grad=True)
b = torch.randn(2, requires_grad=True)
c = torch.tensor([-1.52, 0.08], requires_grad=True)
try:
    t1 = a.amax(0, keepdim=True)
    t2 = t1[t1 > 1.2]
    t3 = 1.4 - t2
    t4 = t3 / -1.8
    t5 = t4.add(1.3, alpha=2)
    t6 = t5.clamp(0.99, 1.78)
    t6.add_(1.4)
    t7 = t6.reciprocal()
    t8 = torch.sign(t7)
    t9 = torch.where(t8 > -1.0, t8, 2.3)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
