import torch
import torch.nn.functional as F
torch.manual_seed(100416)
a = torch.randn(2, 2, 1, dtype=torch.float64, requires_grad=True)
b = torch.tensor([[[2.0], [-0.1]], [[-0.5], [-0.8]]], requires_grad=True)
try:
    t1 = a ** 2
    t2 = torch.softmax(t1, dim=1)
    t3 = torch.cat([a, t2], dim=0)
    t4 = t3 @ torch.tensor([[-1.5]], dtype=torch.float64)
    t5 = torch.sum(t4, dim=2)
    t6 = t5.reshape(2, 4)
    t7 = t6.expand(2, 2, -1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
