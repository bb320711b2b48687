import torch
import torch.nn.functional as F
torch.manual_seed(100087)
a = torch.randn(3, 2, requires_grad=True)
try:
    t1 = a.clone()
    t1[0] = 1.0
    t2 = -t1
    t3 = torch.mul(t1, t2)
    t4 = t3[::3]
    t5 = t4[0:2]
    t6 = torch.minimum(torch.tensor([[1.0, 1.5]]), t5)
    t7 = torch.clamp(t6, max=-4.2)
    t8 = t7.mean(dim=1, keepdim=True)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
