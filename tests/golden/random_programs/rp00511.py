import torch
import torch.nn.functional as F
torch.manual_seed(100511)
a = torch.randn(2, 2, requires_grad=True)
b = torch.tensor([-1.9, -1.3], requires_grad=True)
c = torch.tensor([[-1.74, -1.4], [-0.2, -1.5]], requires_grad=True)
try:
    t1 = torch.where(a > 1.44, a, 2.5)
    t2 = t1.chunk(3, 0)[0]
    t3 = t2.sum()
    t4 = -0.5 * t3
    t5 = t4.expm1()
    t6 = torch.minimum(t4, t5)
    t7 = t6.clamp(0.53, 3.23)
    t8 = t7 ** 0.5
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
