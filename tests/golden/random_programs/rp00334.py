import torch
import torch.nn.functional as F
torch.manual_seed(100334)
a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = F.hardtanh(a)
    t1.clamp_(-1.63, 1.63)
    t2 = t1.narrow(0, 0, 1)
    t3 = t2[0:1]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([0.4]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
