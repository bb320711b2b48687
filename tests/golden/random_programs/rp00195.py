import torch
import torch.nn.functional as F
torch.manual_seed(100195)
a = torch.tensor([-1.2], requires_grad=True)
b = torch.tensor(0.9, requires_grad=True)
c = torch.randn(1, requires_grad=True)
try:
    t1 = torch.cat([c, a], dim=0)
    t2 = t1.min(-1)[0]
    t3 = t2 / (torch.tensor([-1.07, 0.5, -0.2]).abs() + 1)
    t4 = t3 @ torch.tensor([[0.1, -0.1, -0.6], [1.2, -0.2, 0.69], [0.0, -0.2, -0.7]])
    t5 = torch.maximum(t4, c)
    t6 = t5[2]
    t7 = t6[...]
    t8 = t7.clone()
    t9 = t8[...]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
