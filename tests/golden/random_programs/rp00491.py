import torch
import torch.nn.functional as F
torch.manual_seed(100491)
a = torch.randn(0, requires_grad=True)
try:
    t1 = a.square()
    t2 = t1.floor()
    t3 = t2.add(-0.56, alpha=2)
    t3.clamp_(-1.7, 1.7)
    t4 = t3.add(-1.37, alpha=2)
    t5 = torch.stack([t4, t1], 0)
    t6 = torch.sigmoid(t5)
    t7 = F.hardtanh(t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.zeros((2, 0)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
