import torch
import torch.nn.functional as F
torch.manual_seed(100269)
a = torch.randn(3, 0, requires_grad=True)
try:
    t1 = a @ torch.zeros((0, 2))
    t2 = F.softplus(t1)
    t3 = t2.min(1)[0]
    t4 = 2.87 - t3
    t5 = t4.clone()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
