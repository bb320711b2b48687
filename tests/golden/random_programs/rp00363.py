import torch
import torch.nn.functional as F
torch.manual_seed(100363)
a = torch.tensor(-1.2, requires_grad=True)
b = torch.tensor(0.6, requires_grad=True)
try:
    t1 = a[...]
    t2 = F.silu(t1)
    t3 = t2[...]
    t4 = t3 / (a.abs() + 1)
    t5 = F.mse_loss(t4, torch.tensor(-1.0), reduction='none')
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
