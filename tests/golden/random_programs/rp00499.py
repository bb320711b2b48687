import torch
import torch.nn.functional as F
torch.manual_seed(100499)
a = torch.randn(0, 2, 2, requires_grad=True)
b = torch.tensor([[[0.2, -1.3]]], requires_grad=True)
try:
    t1 = a[:, None]
    t2 = 3.0 - t1
    t3 = t2.to(t2.dtype)
    t4 = t3 ** 2
    t5 = t4.reshape(0)
    t6 = t5.clone()
    t7 = t6.masked_fill(t6 < 38.35, 0.2)
    t8 = -1.3 - t7
    t9 = t8 / (t5.abs() + 1)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.zeros((0,)))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
