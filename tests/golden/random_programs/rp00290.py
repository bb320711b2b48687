import torch
import torch.nn.functional as F
torch.manual_seed(100290)
a = (torch.rand(1, 1) + 0.5).requires_grad_()
b = torch.tensor([[0.57]], requires_grad=True)
try:
    t1 = a.cos()
    t2 = t1.var(0, unbiased=False)
    t3 = torch.maximum(t2, b)
    t4 = t3.clone()
    t5 = t4.clone()
    t6 = t5.unsqueeze(1)
    t7 = 2.9 * t6
    t8 = F.silu(t7)
    t9 = t8[1]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
