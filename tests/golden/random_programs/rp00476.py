import torch
import torch.nn.functional as F
torch.manual_seed(100476)
a = (torch.rand(4) + 0.5).requires_grad_()
try:
    t1 = 2.2 * a
    t2 = t1.max(0)[0]
    t3 = t2 - 1.7
    t4 = F.softplus(t3)
    t5 = torch.log1p(t4)
    t6 = t5.double()
    t7 = t6[...]
    t7.sigmoid_()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
