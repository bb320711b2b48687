import torch
import torch.nn.functional as F
torch.manual_seed(100064)
a = (torch.rand(2, 2) + 0.5).requires_grad_()
b = (torch.rand(2) + 0.5).requires_grad_()
try:
    t1 = torch.sum(a, dim=1, keepdim=True)
    t2 = t1.sum()
    t3 = t2.floor()
    t4 = t3.clone()
    t5 = t4.clone()
    t6 = t5[...]
    t7 = torch.minimum(torch.tensor(-0.38), t6)
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
