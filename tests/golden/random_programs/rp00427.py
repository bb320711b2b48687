import torch
import torch.nn.functional as F
torch.manual_seed(100427)
a = torch.randn(3, requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.tensor(-1.46, requires_grad=True)
try:
    t1 = torch.softmax(a, dim=0)
    t2 = F.huber_loss(t1, torch.tensor([0.3, 0.1, -0.18]), reduction='none')
    t3 = t2.long().softmax(0)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
