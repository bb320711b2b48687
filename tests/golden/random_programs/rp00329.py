import torch
import torch.nn.functional as F
torch.manual_seed(100329)
a = torch.tensor(1.54, requires_grad=True)
b = torch.tensor(1.1, requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1.clone()
    t3 = t2 / (torch.tensor(1.09).abs() + 1)
    t4 = t3.floor()
    t5 = t4.clamp(1.77, 4.17)
    t6 = torch.mul(t3, t5)
    t7 = F.leaky_relu(t6, 0.1)
    t8 = t6 - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
