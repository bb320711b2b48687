import torch
import torch.nn.functional as F
torch.manual_seed(100291)
a = torch.tensor([-0.91, 0.7], requires_grad=True)
b = torch.randn(1, requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = torch.minimum(c, a)
    t2 = 0.8 - t1
    t3 = t2.to(torch.float64)
    t4 = torch.neg(t3)
    t5 = t4.clone()
    t6 = torch.stack([t5, t3], 0)
    t7 = torch.cat((t6, torch.tensor([[-0.5, -0.07]], dtype=torch.float64)), -2)
    t8 = t7[1:1]
    t9 = F.silu(t8)
    t10 = -1.6 * t9
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
