import torch
import torch.nn.functional as F
torch.manual_seed(100023)
a = torch.tensor([-1.66, 1.2], requires_grad=True)
b = torch.tensor(1.1, requires_grad=True)
try:
    t1 = a.cos()
    t2 = t1.chunk(2, 0)[0]
    t2.add_(1.8)
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
