import torch
import torch.nn.functional as F
torch.manual_seed(100201)
a = torch.tensor([[0.0, 1.6], [-1.5, 1.8]], requires_grad=True)
b = torch.tensor([[1.3, 0.5], [0.4, 1.54]], requires_grad=True)
c = torch.tensor([[0.3, -1.6], [-0.6, 1.9]], requires_grad=True)
try:
    t1 = a.add(-2.02, alpha=2)
    t2 = t1.expm1()
    t3 = t2.view(2, 2)
    t4 = t3.half()
    t5 = t4 + -2.73
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
