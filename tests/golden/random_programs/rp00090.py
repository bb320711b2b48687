import torch
import torch.nn.functional as F
torch.manual_seed(100090)
a = torch.randn(2, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
try:
    t1 = a[1:3]
    t2 = t1.clone()
    t3 = torch.where(t2 < torch.tensor([0.5]), t2, torch.tensor([0.5]))
    t4 = F.silu(t3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
