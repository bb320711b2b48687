import torch
import torch.nn.functional as F
torch.manual_seed(100160)
a = torch.randn(2, requires_grad=True)
b = torch.tensor([-0.3, -2.0], requires_grad=True)
c = torch.tensor([1.4], requires_grad=True)
try:
    t1 = -1.3 - a
    t2 = t1.clone()
    t3 = t2 / 1.7
    t4 = t3.to(torch.float64)
    t5 = F.leaky_relu(t4, 0.1)
    t6 = t5[t5 > -1.9]
    t7 = torch.sigmoid(t6)
    t8 = t7.sum()
    t9 = t8.clone()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
