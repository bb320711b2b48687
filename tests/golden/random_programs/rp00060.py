import torch
import torch.nn.functional as F
torch.manual_seed(100060)
a = torch.randn(2, 3, requires_grad=True)
b = torch.tensor(-0.17, requires_grad=True)
try:
    t1 = a ** 3
    t2 = torch.cat([a, t1], dim=-1)
    t3 = torch.sin(t2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[-0.3, -1.1, -0.4, -0.7, 1.4, 0.7], [-0.9, 1.2, -1.3, 0.39, -0.9, -1.1]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
