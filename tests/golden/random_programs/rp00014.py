import torch
import torch.nn.functional as F
torch.manual_seed(100014)
a = (torch.rand(2) + 0.5).requires_grad_()
try:
    t1 = torch.cat([a, torch.tensor([[-0.1, 0.1], [-1.0, -1.08]])])
    t2 = t1[0:2]
    t3 = t2.rsqrt()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
