import torch
import torch.nn.functional as F
torch.manual_seed(100354)
a = torch.randn(2, dtype=torch.float64, requires_grad=True)
try:
    t1 = -a
    t2 = t1.amax()
    t3 = t2.float()
    t4 = torch.sign(t3)
    t5 = t4.clone()
    t6 = t5.norm()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
