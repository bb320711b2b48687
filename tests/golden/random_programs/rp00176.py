import torch
import torch.nn.functional as F
torch.manual_seed(100176)
a = torch.tensor([1.4, -1.0, -1.4], requires_grad=True)
b = torch.tensor([0.4], requires_grad=True)
c = torch.randn(1, requires_grad=True)
try:
    t1 = a.add(1.2, alpha=2)
    t2 = t1 + -1.0
    t3 = t2.reshape(3)
    t4 = torch.mul(t2, t3)
    t5 = t4 * torch.tensor(0.7)
    t6 = torch.neg(t5)
    t7 = t6.abs()
    t8 = torch.relu(t7)
    t9 = t8.sum()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
