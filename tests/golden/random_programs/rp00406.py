import torch
import torch.nn.functional as F
torch.manual_seed(100406)
a = torch.tensor([-0.1, -1.1, -1.6, -1.0], requires_grad=True)
try:
    t1 = a[a > -0.6]
    t2 = t1 * 0.8
    t3 = t2 / 2.03
    t3.clamp_(-0.6, 0.6)
    t4 = t3.sum()
    t5 = torch.sigmoid(t4)
    t6 = torch.where(t5 < torch.tensor(1.39), t5, torch.tensor(1.39))
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
