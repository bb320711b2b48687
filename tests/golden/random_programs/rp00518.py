import torch
import torch.nn.functional as F
torch.manual_seed(100518)
a = torch.tensor([-1.72, 1.09, 1.6], requires_grad=True)
try:
    t1 = a.chunk(3, 0)[1]
    t2 = t1 + -2.0
    t2.sub_(t1)
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
