import torch
import torch.nn.functional as F
torch.manual_seed(100093)
a = torch.tensor([-0.66, -1.6], dtype=torch.float64, requires_grad=True)
b = torch.randn(2, dtype=torch.float64, requires_grad=True)
c = torch.randn(2, requires_grad=True)
try:
    t1 = torch.sigmoid(a)
    t2 = t1 ** 3
    t3 = t2.clone()
    t4 = t3.square()
    t5 = t4.unsqueeze(-1)
    t6 = t5[torch.tensor([1, 1, 1, 1])]
    t7 = t6[4:5]
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
