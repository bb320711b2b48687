import torch
import torch.nn.functional as F
torch.manual_seed(100209)
a = torch.randn(4, dtype=torch.float64, requires_grad=True)
b = torch.randn((), dtype=torch.float64, requires_grad=True)
try:
    t1 = a[::2]
    t2 = t1.flatten()
    t3 = t2.unbind(-1)[0]
    t4 = t3.cos()
    t5 = t4.clone()
    t5.sigmoid_()
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
