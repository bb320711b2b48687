import torch
import torch.nn.functional as F
torch.manual_seed(100076)
a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = a.squeeze()
    t2 = t1[...]
    t3 = torch.maximum(t2, b)
    t4 = t3 / (t1.abs() + 1)
    t5 = torch.neg(t4)
    t6 = t5.clone()
    t7 = torch.where(t6 > 1.3, t6, -2.59)
    t8 = torch.cat((t7, torch.tensor([-0.3])), 0)
    t9 = t5 - t8
    t10 = t9.mean(dim=0, keepdim=True)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
