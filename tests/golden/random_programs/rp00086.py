import torch
import torch.nn.functional as F
torch.manual_seed(100086)
a = torch.randn(4, 3, requires_grad=True)
try:
    t1 = F.elu(a)
    t2 = torch.neg(t1)
    t3 = torch.where(t2 < t1, t2, t1)
    t4 = t3 + a
    t5 = t4 + t3
    t6 = F.silu(t5)
    t7 = torch.cat([a, t6], dim=1)
    t8 = torch.minimum(torch.tensor([[[-0.3], [-0.2], [1.3], [-1.1]], [[0.4], [-1.2], [1.0], [-0.62]], [[-1.12], [-0.03], [-0.9], [0.2]]]), t7)
    t9 = t8 / (t7.abs() + 1)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
