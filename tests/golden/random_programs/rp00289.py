import torch
import torch.nn.functional as F
torch.manual_seed(100289)
a = torch.randn(2, 2, requires_grad=True)
b = torch.tensor(0.91, requires_grad=True)
c = torch.randn(2, 2, requires_grad=True)
try:
    t1 = a.clone()
    t1.sub_(a)
    t2 = torch.where(t1 < c, t1, c)
    t3 = F.binary_cross_entropy_with_logits(t2, torch.tensor([[0.6, 0.1], [0.16, 0.9]]))
    t4 = t3[...]
    t5 = torch.minimum(t3, t4)
    t6 = t5[...]
    t6.masked_fill_(t6 > 1.5, 1.5)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
