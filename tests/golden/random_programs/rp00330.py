import torch
import torch.nn.functional as F
torch.manual_seed(100330)
a = torch.tensor(-1.7, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = F.leaky_relu(a, 0.1)
    t2 = t1.clone()
    t3 = b - t2
    t3.add_(0.9)
    t4 = t3.norm()
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
