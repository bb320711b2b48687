import torch
import torch.nn.functional as F
torch.manual_seed(100028)
a = torch.randn(3, 3, 3, requires_grad=True)
b = (torch.rand(3, 3, 3) + 0.5).requires_grad_()
try:
    t1 = a.reshape(9, -1)
    t2 = t1.chunk(3, 0)[1]
    t3 = t2[3:3]
    t4 = t3 @ t2
    t5 = t4 - 2.0
    t6 = t5.masked_fill(t5 < 11.12, 0.6)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.zeros((0, 3)))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
