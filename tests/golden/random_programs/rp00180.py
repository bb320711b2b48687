import torch
import torch.nn.functional as F
torch.manual_seed(100180)
a = torch.randn((), requires_grad=True)
try:
    t1 = a * 1.0
    t1.masked_fill_(t1 > 1.8, 1.8)
    t2 = t1.view(())
    t2.clamp_(-0.7, 0.7)
    t3 = t2.clone()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
