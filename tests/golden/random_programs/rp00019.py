import torch
import torch.nn.functional as F
torch.manual_seed(100019)
a = torch.tensor(-0.1, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = 2.52 - a
    t2 = t1 / (a.abs() + 1)
    t3 = t2.expand(2)
    t4 = t3.cos()
    t5 = torch.maximum(t4, t3)
    t6 = F.huber_loss(t5, torch.tensor([0.89, 0.9]))
    t7 = t6.clone()
    t8 = F.elu(t7)
    t9 = torch.maximum(t8, torch.tensor([0.6, 0.0]))
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
