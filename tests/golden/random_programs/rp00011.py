import torch
import torch.nn.functional as F
torch.manual_seed(100011)
a = torch.tensor([[-0.8, -1.36, 1.08, 1.39]], requires_grad=True)
b = torch.randn(1, 4, requires_grad=True)
try:
    t1 = torch.cat([b, a], dim=1)
    t2 = F.relu6(t1)
    t3 = t2[torch.tensor([0, 0, 0])]
    t3.clamp_(-1.4, 1.4)
    t4 = torch.matmul(t3, torch.tensor([-1.3, 1.3, 1.0, -0.12, -1.0, -0.5, -0.2, 0.97]))
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
