import torch
import torch.nn.functional as F
torch.manual_seed(100467)
a = torch.randn(4, 1, 3, requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.tensor([[[0.05, 1.29, -0.3]], [[0.76, -1.1, 1.73]], [[0.6, 1.6, -1.2]], [[-1.0, 0.73, -0.4]]], requires_grad=True)
try:
    t1 = a.reshape(1, 2, 2, 3)
    t2 = t1.mean(dim=-1)
    t3 = t2[torch.tensor([False])]
    t4 = t3.clone()
    t5 = t4.clone()
    t6 = t5[t5 > 2.32]
    t7 = torch.neg(t6)
    t8 = t7 - -2.59
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
