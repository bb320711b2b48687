import torch
import torch.nn.functional as F
torch.manual_seed(100152)
a = torch.randn(2, 2, 3, requires_grad=True)
try:
    t1 = F.mse_loss(a, torch.zeros_like(a), reduction='sum')
    t2 = t1.floor()
    t3 = -2.6 - t2
    t4 = t3[...]
    t5 = t4 - -2.4
    t6 = t5.clone()
    t7 = torch.tensor(1.0) - t6
    t8 = t7.floor()
    t9 = t8 * 1.87
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
