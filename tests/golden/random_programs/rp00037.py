import torch
import torch.nn.functional as F
torch.manual_seed(100037)
a = torch.randn(1, 3, requires_grad=True)
b = torch.tensor([[-1.7, 0.3, -1.6]], requires_grad=True)
try:
    t1 = a.unsqueeze(-3)
    t2 = t1 / (b.abs() + 1)
    t3 = t2.amax(0)
    t4 = t3.add(1.74, alpha=2)
    t5 = t4.unbind(-1)[0]
    t6 = t5.clone()
    t7 = torch.minimum(torch.tensor([0.1]), t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
