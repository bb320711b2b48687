import torch
import torch.nn.functional as F
torch.manual_seed(100493)
a = torch.tensor([0.44, -0.3], dtype=torch.float64, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.to(a.dtype)
    t2 = t1.clone()
    t3 = t2.float()
    t4 = t3.norm(dim=0)
    t5 = t4.clone()
    t6 = t5.clone()
    t7 = t6 + -2.2
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
