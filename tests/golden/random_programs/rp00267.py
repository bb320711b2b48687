import torch
import torch.nn.functional as F
torch.manual_seed(100267)
a = torch.randn(3, requires_grad=True)
try:
    t1 = -a
    t2 = t1.cumsum(0)
    t3 = t2.add(-2.62, alpha=2)
    t4 = t3.unbind(-1)[2]
    t5 = F.hardtanh(t4)
    t6 = t5.clone()
    t6.relu_()
    t6.masked_fill_(t6 > 1.3, 1.3)
    t7 = t6[...]
    t8 = t7 / (a.abs() + 1)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
