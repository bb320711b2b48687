import torch
import torch.nn.functional as F
torch.manual_seed(100187)
a = torch.randn(1, 4, requires_grad=True)
b = torch.randn(1, 4, requires_grad=True)
try:
    t1 = a / 0.99
    t2 = t1.reshape(2, 1, 2)
    t3 = torch.where(t2 < torch.tensor([[[0.8, -0.9]], [[-1.2, -0.6]]]), t2, torch.tensor([[[0.8, -0.9]], [[-1.2, -0.6]]]))
    t4 = torch.mul(t2, t3)
    t5 = t4[:, None]
    t6 = t5.add(-0.61, alpha=2)
    t7 = t6.cos()
    t8 = t7 ** 3
    t9 = t8.masked_fill(t8 < 0.3, 0.09)
    t10 = torch.stack([t9, t9 * 0.5], 2)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
