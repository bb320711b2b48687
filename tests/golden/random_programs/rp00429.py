import torch
import torch.nn.functional as F
torch.manual_seed(100429)
a = torch.tensor([[0.81, -1.65, 0.8], [-0.8, 0.0, -1.0]], requires_grad=True)
b = torch.randn(2, 3, requires_grad=True)
c = (torch.rand(1, 3) + 0.5).requires_grad_()
try:
    t1 = a[..., 1, None]
    t2 = t1.cumsum(1)
    t3 = t2.std(1, unbiased=False)
    t4 = t3.unsqueeze(-1)
    t5 = t4[::2]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
