import torch
import torch.nn.functional as F
torch.manual_seed(100085)
a = torch.randn(4, 3, 2, requires_grad=True)
b = torch.randn(4, 3, 2, requires_grad=True)
try:
    t1 = F.binary_cross_entropy_with_logits(a, torch.linspace(0.0, 1.0, 24).reshape((4, 3, 2)))
    t2 = torch.stack([t1, t1 * 0.5], 0)
    t3 = torch.where(t2 < torch.tensor([0.0]), t2, torch.tensor([0.0]))
    t4 = torch.neg(t3)
    t5 = t4.expand(-1)
    t6 = torch.matmul(t5, torch.tensor([0.8, -1.23]))
    t7 = t6[...]
    t8 = t6 - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
