import torch
import torch.nn.functional as F
torch.manual_seed(100298)
a = (torch.rand(1, 3) + 0.5).requires_grad_()
b = torch.randn(1, 3, requires_grad=True)
c = torch.tensor([[-1.4, 1.05, -1.72]], requires_grad=True)
try:
    t1 = 1.2 / a
    t2 = torch.lerp(t1, c, 0.25)
    t3 = F.huber_loss(t2, torch.tensor([[-0.9, -0.6, 0.9]]))
    t4 = t3.sum()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
