import torch
import torch.nn.functional as F
torch.manual_seed(100258)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.tensor(1.1, requires_grad=True)
try:
    t1 = a.clone()
    t2 = a - t1
    t3 = t2.floor()
    t4 = t3[None]
    t5 = t4 @ torch.tensor([[0.8, -1.3]])
    t6 = t5.square()
    t6.relu_()
    t7 = t6.clamp(min=101.0)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
