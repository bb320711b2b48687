import torch
import torch.nn.functional as F
torch.manual_seed(100446)
a = (torch.rand(2, 3) + 0.5).requires_grad_()
try:
    t1 = a * 1.0
    t1[0] = 0.7
    t2 = t1.tanh()
    t3 = t2[:, 2]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
