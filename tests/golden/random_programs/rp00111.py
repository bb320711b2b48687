import torch
import torch.nn.functional as F
torch.manual_seed(100111)
a = torch.randn(0, 4, requires_grad=True)
try:
    t1 = a.masked_fill(a < 0.16, 1.3)
    t2 = 2.7 * t1
    t3 = t2 * a
    t4 = t3.square()
    t5 = 2.0 - t4
    t6 = F.hardtanh(t5)
    t7 = t6.add(2.24, alpha=2)
    t8 = torch.matmul(t7, torch.tensor([-0.71, -1.0, 1.1, 0.0]))
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.zeros((0,)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
