import torch
import torch.nn.functional as F
torch.manual_seed(100403)
a = torch.tensor([1.67, 0.4, -0.4], requires_grad=True)
b = torch.randn(3, requires_grad=True)
try:
    t1 = torch.cat([b, a], dim=0)
    t2 = t1[None]
    t3 = torch.cat((t2, torch.tensor([[0.23]])), 1)
    t4 = F.softplus(t3)
    t5 = torch.where(t4 < torch.tensor([[1.0, -1.4, -1.1, 1.11, -1.3, 0.0, 0.5]]), t4, torch.tensor([[1.0, -1.4, -1.1, 1.11, -1.3, 0.0, 0.5]]))
    t6 = F.mse_loss(t5, torch.tensor([[1.3, 0.2, -0.8, 0.0, -0.9, -1.4, 0.1]]), reduction='sum')
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
