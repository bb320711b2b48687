import torch
import torch.nn.functional as F
torch.manual_seed(100228)
a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = a[torch.tensor([0, 0, 0])]
    t2 = t1.cos()
    t3 = torch.cat((t2, torch.tensor([0.7, -0.3])), -1)
    t4 = t3[t3 > -1.4]
    t5 = t4 * 2.0
    t6 = t5.mean()
    t7 = t6.clone()
    t8 = t7[...]
    t9 = t8.floor()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
