import torch
import torch.nn.functional as F
torch.manual_seed(100157)
a = torch.tensor(-0.3, dtype=torch.float64, requires_grad=True)
try:
    t1 = a.add(2.3, alpha=2)
    t2 = -2.7 / t1
    t3 = t2.clone()
    t4 = t3.float()
    t5 = t4.clone()
    t6 = torch.minimum(t4, t5)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
