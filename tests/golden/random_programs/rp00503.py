import torch
import torch.nn.functional as F
torch.manual_seed(100503)
a = torch.randn(4, requires_grad=True)
b = torch.tensor([-0.1, 0.41, 1.9, 2.0], requires_grad=True)
c = torch.tensor(1.2, requires_grad=True)
try:
    t1 = c - a
    t2 = t1 / (c.abs() + 1)
    t3 = torch.cat([b, t2], dim=-1)
    t4 = t3.index_select(0, torch.tensor([0]))
    t5 = torch.softmax(t4, dim=0)
    t6 = t5.prod(-1, keepdim=True)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
