import torch
import torch.nn.functional as F
torch.manual_seed(100460)
a = torch.tensor(1.1, dtype=torch.float64, requires_grad=True)
try:
    t1 = a * 2.4
    t2 = t1 / (a.abs() + 1)
    t3 = F.smooth_l1_loss(t2, torch.tensor(0.5, dtype=torch.float64), reduction='none')
    t4 = t3[...]
    t5 = t4 + 1.7
    t6 = -t5
    t7 = torch.minimum(t3, t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
