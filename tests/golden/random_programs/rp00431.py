import torch
import torch.nn.functional as F
torch.manual_seed(100431)
a = torch.randn(0, requires_grad=True)
b = torch.randn(0, requires_grad=True)
try:
    t1 = a * b
    t2 = torch.sign(t1)
    t3 = F.l1_loss(t2, torch.zeros((0,)))
    t4 = t3 ** 2
    t5 = t4.double()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
