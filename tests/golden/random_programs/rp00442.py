import torch
import torch.nn.functional as F
torch.manual_seed(100442)
a = torch.randn(1, 1, requires_grad=True)
b = torch.tensor([[-1.19]], requires_grad=True)
c = torch.randn(1, requires_grad=True)
try:
    t1 = a * 2.63
    t2 = t1.narrow(1, 0, 1)
    t2.sigmoid_()
    t3 = t2[..., 0, None]
    t4 = torch.where(t3 > 0.3, t3, 2.8)
    t4.mul_(1.15)
    t5 = torch.sum(t4, dim=0)
    t6 = 0.9 + t5
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
