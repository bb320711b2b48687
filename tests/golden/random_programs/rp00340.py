import torch
import torch.nn.functional as F
torch.manual_seed(100340)
a = torch.randn(3, requires_grad=True)
b = torch.tensor([-1.6, 1.2, 1.7], requires_grad=True)
try:
    t1 = a.square()
    t2 = torch.where(t1 > 4.63, t1, 1.7)
    t3 = t2.narrow(0, 1, 1)
    t4 = t3.half()
    t5 = t4.masked_fill(t4 < 8.6, 1.8)
    t6 = 2.5 * t5
    t7 = torch.where(t6 > 10.2, t6, -2.03)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([1.23], dtype=torch.float16))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
