import torch
import torch.nn.functional as F
torch.manual_seed(100367)
a = torch.tensor([[0.1, -1.5, -0.97], [0.1, 0.7, -0.9]], requires_grad=True)
b = torch.randn(2, 3, requires_grad=True)
c = torch.tensor([[0.09, -1.4, -0.3], [0.1, 0.0, 0.4]], requires_grad=True)
try:
    t1 = F.gelu(a)
    t2 = t1.view(3, 2)
    t3 = t2.expand(2, 3, -1)
    t4 = t3[..., 1, None]
    t5 = t4.unbind(-1)[0]
    t6 = t5 - 2.0
    t7 = -0.57 + t6
    t8 = torch.neg(t7)
    t9 = t8[:, None]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
