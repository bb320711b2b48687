import torch
import torch.nn.functional as F
torch.manual_seed(100500)
a = torch.tensor([[[-1.62, -1.9]], [[-0.84, 1.6]]], requires_grad=True)
b = torch.randn(2, 1, 2, requires_grad=True)
c = torch.tensor([[[1.6]]], requires_grad=True)
try:
    t1 = 1.1 * a
    t2 = F.huber_loss(t1, torch.tensor([[[-0.2, 1.0]], [[-0.69, 0.4]]]), reduction='sum')
    t3 = t2 / -1.48
    t4 = t3[None]
    t5 = t4.half()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
