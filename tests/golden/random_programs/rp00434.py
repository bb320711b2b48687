import torch
import torch.nn.functional as F
torch.manual_seed(100434)
a = (torch.rand(3, 1, dtype=torch.float64) + 0.5).requires_grad_()
b = torch.tensor([[-1.9], [1.4], [-1.09]], dtype=torch.float64, requires_grad=True)
try:
    t1 = F.gelu(a)
    t2 = torch.cat([b, t1], dim=0)
    t2.mul_(0.9)
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
