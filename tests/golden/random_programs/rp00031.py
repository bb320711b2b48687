import torch
import torch.nn.functional as F
torch.manual_seed(100031)
a = torch.randn(0, 1, requires_grad=True)
try:
    t1 = a.add(0.8, alpha=2)
    t2 = torch.where(t1 > 3.8, t1, 1.3)
    t3 = t2.view(0)
    t4 = t3 @ a
    t5 = t4.add(0.98, alpha=2)
    t6 = t5[torch.tensor([0])]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
