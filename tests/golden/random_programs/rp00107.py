import torch
import torch.nn.functional as F
torch.manual_seed(100107)
a = torch.randn(4, requires_grad=True)
try:
    t1 = F.gelu(a)
    t2 = F.relu6(t1)
    t3 = torch.logsumexp(t2, -1)
    t4 = t3.to(torch.float64)
    t5 = t4.abs()
    t6 = t5.float()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
