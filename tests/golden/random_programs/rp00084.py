import torch
import torch.nn.functional as F
torch.manual_seed(100084)
a = torch.randn(2, 3, requires_grad=True)
b = torch.tensor([[-1.1, -0.28, -1.3], [-0.1, 1.65, -1.71]], requires_grad=True)
try:
    t1 = a @ torch.tensor([[0.34], [-0.6], [-0.8]])
    t2 = t1.cos()
    t3 = torch.cat([t1, t2], dim=-2)
    t4 = t3 - -0.95
    t5 = F.mse_loss(t4, torch.zeros_like(t4), reduction='sum')
    t6 = b - t5
    t7 = t6.sum(1)
    t8 = t7 + 3.0
    t9 = t8 ** 2
    t10 = torch.sigmoid(t9)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
