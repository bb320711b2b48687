import torch
import torch.nn.functional as F
torch.manual_seed(100318)
a = torch.tensor(0.3, requires_grad=True)
try:
    t1 = a.to(a.dtype)
    t2 = 0.89 * t1
    t3 = t2[...]
    t4 = t3.half()
    t5 = 1.13 * t4
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
