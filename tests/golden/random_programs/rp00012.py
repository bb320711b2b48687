import torch
import torch.nn.functional as F
torch.manual_seed(100012)
a = torch.tensor(-1.7, requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = -a
    t2 = -t1
    t3 = t2.reshape(())
    t4 = t3.cos()
    t5 = t4.add(1.4, alpha=2)
    t6 = torch.exp(t5)
    t7 = F.binary_cross_entropy_with_logits(t6, torch.tensor(0.4))
    t8 = a - t7
    t9 = t8.sum()
    t10 = t9[...]
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
