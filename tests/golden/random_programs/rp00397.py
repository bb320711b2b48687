import torch
import torch.nn.functional as F
torch.manual_seed(100397)
a = torch.tensor([[0.8, -1.6, 0.0], [0.5, -0.2, 0.8], [-0.1, 1.99, -0.9], [1.3, -0.1, -0.07]], requires_grad=True)
b = torch.tensor([[1.8], [-1.6], [0.35], [-1.34]], requires_grad=True)
try:
    t1 = torch.clamp(a, max=0.67)
    t1.add_(0.52)
    t2 = F.leaky_relu(t1, 0.1)
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
