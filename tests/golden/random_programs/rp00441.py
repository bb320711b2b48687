import torch
import torch.nn.functional as F
torch.manual_seed(100441)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.norm()
    t2 = -0.95 + t1
    t3 = torch.stack([t2, t1], -1)
    t4 = t3.add(2.0, alpha=2)
    t5 = torch.gather(t4, -1, torch.tensor([1, 0]))
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
