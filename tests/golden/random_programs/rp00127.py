import torch
import torch.nn.functional as F
torch.manual_seed(100127)
a = (torch.rand(3, 3, 2) + 0.5).requires_grad_()
b = (torch.rand(3, 3, 2) + 0.5).requires_grad_()
try:
    t1 = torch.stack([a, a * 0.5], 1)
    t2 = torch.cat((t1, torch.linspace(-1.5, 1.5, 24).reshape((3, 2, 2, 2))), -2)
    t3 = t2.sum(2)
    t3.add_(1.0)
    t4 = t3.tanh()
    t5 = t4 + 0.0
    t5.sub_(t4)
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
