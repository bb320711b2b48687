import torch
import torch.nn.functional as F
torch.manual_seed(100337)
a = torch.randn(3, 2, requires_grad=True)
try:
    t1 = a.sum()
    t2 = F.hardtanh(t1)
    t3 = t2 * 1.9
    t3.relu_()
    t4 = t3.add(2.72, alpha=2)
    t5 = t4.clone()
    t6 = t5[None]
    t7 = t6.to(dtype=torch.double)
    t8 = t7[t7 > 6.35]
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
