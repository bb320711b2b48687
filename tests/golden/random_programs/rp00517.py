import torch
import torch.nn.functional as F
torch.manual_seed(100517)
a = torch.randn(3, 2, requires_grad=True)
b = torch.randn(1, 1, requires_grad=True)
try:
    t1 = torch.where(a < b, a, b)
    t2 = t1.double()
    t2[0] = 1.6
    t3 = torch.sigmoid(t2)
    t4 = torch.cat([t2, t3], dim=1)
    t5 = torch.sign(t4)
    t6 = t5[-2]
    t7 = F.leaky_relu(t6, 0.1)
    t8 = t7.index_select(0, torch.tensor([3, 1, 2, 2]))
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
