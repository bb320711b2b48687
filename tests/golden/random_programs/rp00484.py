import torch
import torch.nn.functional as F
torch.manual_seed(100484)
a = torch.randn((), requires_grad=True)
try:
    t1 = a.double()
    t2 = t1.add(-1.2, alpha=2)
    t3 = F.relu6(t2)
    t4 = t3.abs()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
