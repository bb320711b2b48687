import torch
import torch.nn.functional as F
torch.manual_seed(100125)
a = torch.randn(1, 3, requires_grad=True)
b = (torch.rand(3) + 0.5).requires_grad_()
c = torch.tensor([[-0.8, 0.5, 0.7]], requires_grad=True)
try:
    t1 = a / b
    t2 = t1.half()
    t3 = t2 + b
    t4 = torch.cat((t3, torch.tensor([[1.0, 1.45, 0.55]], dtype=torch.float16)), 0)
    t5 = t2 - t4
    t6 = t5.add(1.5, alpha=2)
    t7 = t6[0]
    t8 = -1.4 - t7
    t8.clamp_(-0.78, 0.78)
    t9 = t8.expand(2, -1)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
