import torch
import torch.nn.functional as F
torch.manual_seed(100110)
a = torch.randn(1, 2, 2, requires_grad=True)
b = (torch.rand(1, 2, 2) + 0.5).requires_grad_()
c = torch.randn(1, 2, 2, requires_grad=True)
try:
    t1 = -a
    t2 = t1 / 0.9
    t3 = t2[2]
    t4 = t3.flatten(0, 1)
    t5 = t4.std(-1, keepdim=True)
    t6 = -2.3 + t5
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-0.13]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
