import torch
import torch.nn.functional as F
torch.manual_seed(100471)
a = torch.randn(1, 4, 3, requires_grad=True)
b = torch.randn(1, 4, 3, requires_grad=True)
try:
    t1 = a.add(2.64, alpha=2)
    t2 = t1.half()
    t3 = torch.maximum(t2, t1)
    t3.mul_(-1.4)
    t4 = t3[torch.tensor([False])]
    t5 = t4 + t1
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
