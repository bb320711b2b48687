import torch
import torch.nn.functional as F
torch.manual_seed(100053)
a = torch.randn(0, 2, requires_grad=True)
b = torch.tensor([[0.9]], requires_grad=True)
try:
    t1 = a @ torch.tensor([[0.28, -0.9, -0.7], [-1.2, 0.06, 0.7]])
    t2 = torch.lerp(t1, b, 0.25)
    t3 = t2[torch.tensor([])]
    t4 = -1.18 * t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
