import torch
import torch.nn.functional as F
torch.manual_seed(100373)
a = torch.randn((), requires_grad=True)
b = torch.tensor(-1.2, requires_grad=True)
try:
    t1 = torch.maximum(a, b)
    t1.sub_(b)
    t2 = t1.cos()
    t3 = t2 / (t1.abs() + 1)
    t4 = F.elu(t3)
    t5 = torch.mul(t1, t4)
    t6 = torch.clamp(t5, max=-4.0)
    t7 = F.binary_cross_entropy_with_logits(t6, torch.tensor(0.5))
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
