import torch
import torch.nn.functional as F
torch.manual_seed(100502)
a = (torch.rand(2) + 0.5).requires_grad_()
b = torch.tensor(1.0, requires_grad=True)
try:
    t1 = a.flatten()
    t2 = t1.expand(2)
    t3 = torch.sin(t2)
    t4 = torch.sin(t3)
    t5 = t4.masked_fill(t4 < 0.04, -1.51)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
