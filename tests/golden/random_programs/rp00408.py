import torch
import torch.nn.functional as F
torch.manual_seed(100408)
a = (torch.rand(2, 3, 3) + 0.5).requires_grad_()
b = torch.tensor([[[0.0, 1.3, 1.84], [0.4, -0.9, 0.5], [0.91, -0.4, 0.4]], [[-1.7, 0.6, 1.99], [-1.7, -0.4, -0.6], [-0.82, -0.8, 1.9]]], requires_grad=True)
try:
    t1 = a.cumsum(-1)
    t2 = t1.mean()
    t3 = torch.stack([t2, t2 * 0.5], -1)
    t4 = torch.softmax(t3, dim=-1)
    t5 = t4.mean()
    t6 = t5.clamp(min=0.2)
    t7 = t6.half()
    t8 = t7.sum(1)
    t9 = t8.clone()
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
