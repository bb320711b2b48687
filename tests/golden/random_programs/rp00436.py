import torch
import torch.nn.functional as F
torch.manual_seed(100436)
a = torch.randn(1, 3, requires_grad=True)
b = torch.randn(1, 3, requires_grad=True)
try:
    t1 = torch.stack([a, b], -2)
    t2 = torch.cat((t1, torch.tensor([[[-1.4, -0.3, -0.26], [-0.4, -0.3, -0.83]], [[-0.7, 1.2, -0.2], [1.0, 0.78, -0.3]]])), 0)
    t3 = t2 - 0.6
    t4 = t3 @ torch.tensor([[0.7, 0.39], [0.23, 0.61], [0.5, 0.7]], dtype=torch.float64)
    t5 = F.leaky_relu(t4, 0.1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
