import torch
import torch.nn.functional as F
torch.manual_seed(100381)
a = torch.randn(1, 3, requires_grad=True)
try:
    t1 = a.mean()
    t2 = -2.1 + t1
    t3 = t2 * -1.28
    t4 = t3 / (torch.tensor(-1.0).abs() + 1)
    t5 = torch.stack([t4, t2], -1)
    t6 = t5.cos()
    t7 = t6[torch.tensor([False, False])]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.zeros((0,)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
