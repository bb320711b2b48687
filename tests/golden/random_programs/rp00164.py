import torch
import torch.nn.functional as F
torch.manual_seed(100164)
a = torch.randn((), requires_grad=True)
try:
    t1 = torch.minimum(torch.tensor(0.77), a)
    t2 = t1.expand(())
    t2.mul_(1.9)
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
