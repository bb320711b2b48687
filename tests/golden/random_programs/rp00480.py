import torch
import torch.nn.functional as F
torch.manual_seed(100480)
a = torch.tensor(0.3, requires_grad=True)
try:
    t1 = a * 1.0
    t1.sigmoid_()
    t2 = t1 + 2.66
    t3 = torch.relu(t2)
    t4 = t3[None]
    t5 = t4.clone()
    t6 = F.mse_loss(t5, torch.zeros_like(t5))
    t7 = t6.cos()
    t8 = t6 - t7
    t9 = torch.stack([t8, t2], -1)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
