import torch
import torch.nn.functional as F
torch.manual_seed(100007)
a = torch.randn(4, dtype=torch.float64, requires_grad=True)
b = torch.randn(4, dtype=torch.float64, requires_grad=True)
try:
    t1 = a.expm1()
    t2 = t1[-2]
    t3 = t2[...]
    t4 = t3 + 0.0
    t4.sigmoid_()
    t5 = t4.clone()
    t6 = t5.mean()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
