import torch
import torch.nn.functional as F
torch.manual_seed(100119)
a = torch.randn(1, 1, 2, requires_grad=True)
try:
    t1 = a[0]
    t2 = t1[:, 1]
    t3 = t2 @ t1
    t4 = t3.to(dtype=torch.double)
    t5 = -2.31 - t4
    t6 = t5[-1]
    t7 = F.silu(t6)
    t7.sigmoid_()
    t8 = F.binary_cross_entropy(torch.sigmoid(t7), torch.tensor(0.3, dtype=torch.float64), reduction='sum')
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
