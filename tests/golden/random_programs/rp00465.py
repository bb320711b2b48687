import torch
import torch.nn.functional as F
torch.manual_seed(100465)
a = torch.randn(3, 3, 4, requires_grad=True)
b = torch.tensor([1.0, 1.1, -2.0, 1.6], requires_grad=True)
try:
    t1 = a[::2]
    t2 = t1 + torch.tensor(0.5)
    t3 = t2 * 1.29
    t4 = torch.minimum(torch.tensor([[[-0.9], [0.2], [-0.31]]]), t3)
    t5 = t4[:, 2]
    t6 = t5.cumsum(1)
    t7 = t6.add(2.7, alpha=2)
    t8 = torch.minimum(t6, t7)
    t9 = t8.expand(2, 2, 4)
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
