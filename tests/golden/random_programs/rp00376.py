import torch
import torch.nn.functional as F
torch.manual_seed(100376)
a = torch.tensor([-1.6, 1.69, 0.6], requires_grad=True)
b = torch.randn(3, requires_grad=True)
c = torch.tensor([-0.1], requires_grad=True)
try:
    t1 = a.norm(p=3, dim=0)
    t2 = t1 / 1.66
    t3 = torch.stack([t2, t2 * 0.5], 0)
    t4 = t3[::2]
    t5 = t4 / (t3.abs() + 1)
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
