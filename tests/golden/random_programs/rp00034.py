import torch
import torch.nn.functional as F
torch.manual_seed(100034)
a = torch.tensor([[[-1.3, -1.4], [0.6, 1.4]], [[1.6, -0.1], [-1.7, 0.9]]], requires_grad=True)
b = torch.randn(2, 2, 2, requires_grad=True)
try:
    t1 = a.amax(-2)
    t1.div_(1.55)
    t2 = t1.floor()
    t3 = 1.6 - t2
    t4 = t3 * a
    t5 = t4.clone()
    t6 = torch.sum(t5, dim=-3)
    t7 = t6[1:2]
    t8 = t7.to(dtype=torch.double)
    t9 = t8.abs()
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
