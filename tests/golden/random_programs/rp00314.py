import torch
import torch.nn.functional as F
torch.manual_seed(100314)
a = torch.randn(1, requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([0.48, 0.6])), 0)
    t2 = t1[torch.tensor([1])]
    t3 = a - t2
    t4 = t3.square()
    t5 = t4.expand(3)
    t6 = t5.sum(2)
    t7 = t6.sum()
    t8 = t7.sum()
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
