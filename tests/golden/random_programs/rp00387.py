import torch
import torch.nn.functional as F
torch.manual_seed(100387)
a = torch.randn((), requires_grad=True)
try:
    t1 = a[...]
    t2 = t1.clone()
    t3 = t2[...]
    t4 = t3[...]
    t5 = torch.exp(t4)
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
