import torch
import torch.nn.functional as F
torch.manual_seed(100275)
a = torch.randn(3, 4, requires_grad=True)
b = torch.tensor([[-0.75, 0.3, 0.2, -2.0], [0.0, 0.2, -0.26, 0.85], [-1.2, -0.9, 0.9, -0.9]], requires_grad=True)
try:
    t1 = a.square()
    t2 = torch.sin(t1)
    t3 = t2.half()
    t4 = t3 / 2.76
    t5 = torch.cat([t3, t4], dim=1)
    t6 = t5.transpose(1, 0)
    t7 = t6.expm1()
    t8 = torch.maximum(t7, t6)
    t9 = t8[..., 1, None]
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
