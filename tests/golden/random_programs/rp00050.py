import torch
import torch.nn.functional as F
torch.manual_seed(100050)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = -a
    t2 = t1.clone()
    t3 = t2.add(-2.9, alpha=2)
    t4 = t3.mean()
    t4.sigmoid_()
    t5 = 1.7 * t4
    t5.mul_(1.3)
    t6 = torch.maximum(t5, torch.tensor([-1.32, 0.7, -1.2]))
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
