import torch
import torch.nn.functional as F
torch.manual_seed(100402)
a = torch.randn((), requires_grad=True)
b = torch.tensor(1.7, requires_grad=True)
try:
    t1 = a.clamp(1.0, 3.34)
    t2 = t1.sum()
    t3 = F.softplus(t2)
    t4 = F.relu6(t3)
    t5 = t4 * torch.tensor(-0.8)
    t5.sigmoid_()
    t6 = torch.sign(t5)
    t7 = t6.clone()
    t8 = t7.add(-2.4, alpha=2)
    t9 = t8 / (t6.abs() + 1)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
