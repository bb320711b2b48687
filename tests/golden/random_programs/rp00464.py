import torch
import torch.nn.functional as F
torch.manual_seed(100464)
a = torch.randn(4, 0, requires_grad=True)
b = torch.randn(4, 0, requires_grad=True)
try:
    t1 = a * 1.0
    t1[0] = 1.32
    t2 = t1 / (a.abs() + 1)
    t3 = torch.relu(t2)
    t4 = torch.where(t3 > 3.02, t3, -2.5)
    t4.sub_(a)
    t5 = 1.5 - t4
    t6 = torch.sigmoid(t5)
    t7 = torch.maximum(t6, t2)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
