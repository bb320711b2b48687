import torch
import torch.nn.functional as F
torch.manual_seed(100081)
a = torch.randn(4, 3, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = torch.neg(a)
    t2 = t1[:, torch.tensor([0, 0])]
    t3 = 0.8 - t2
    t4 = F.cross_entropy(t3, torch.tensor([0, 0, 1, 0]), reduction='none')
    t5 = torch.cat((t4, torch.tensor([-1.4, -0.3])), 0)
    t6 = F.softplus(t5)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
