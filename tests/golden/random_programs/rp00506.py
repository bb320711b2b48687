import torch
import torch.nn.functional as F
torch.manual_seed(100506)
a = torch.tensor([-1.6, -1.3, -0.09, -1.56], requires_grad=True)
b = torch.tensor(-0.3, requires_grad=True)
c = torch.randn(4, requires_grad=True)
try:
    t1 = torch.maximum(a, b)
    t2 = torch.where(t1 < a, t1, a)
    t3 = torch.maximum(t2, torch.tensor([-1.1, 0.0, 0.0]))
    t4 = t3.tanh()
    t5 = t4 + 0.0
    t5.sigmoid_()
    t6 = t5.expm1()
    t7 = t6.square()
    t8 = t7 * -1.3
    t9 = t8.sum()
    t10 = t9.half()
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
