import torch
import torch.nn.functional as F
torch.manual_seed(100205)
a = torch.randn(4, 1, dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.neg(a)
    t2 = t1[3:3]
    t3 = t2.unsqueeze(-2)
    t4 = t3.squeeze()
    t5 = t4 - -2.6
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
