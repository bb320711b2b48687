import torch
import torch.nn.functional as F
torch.manual_seed(100320)
a = torch.randn(4, 3, 1, requires_grad=True)
b = torch.tensor([[[1.0], [1.1], [1.7]]], requires_grad=True)
c = torch.tensor(1.7, requires_grad=True)
try:
    t1 = a * -1.6
    t2 = t1 @ torch.tensor([[1.4, -0.5]])
    t3 = t2.sum(2)
    t4 = torch.where(t3 > -11.4, t3, 2.05)
    t5 = F.mse_loss(t4, torch.zeros_like(t4), reduction='none')
    t6 = torch.where(t5 < t3, t5, t3)
    t6.clamp_(-0.8, 0.8)
    t7 = torch.maximum(t6, t3)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
