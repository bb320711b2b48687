import torch
import torch.nn.functional as F
torch.manual_seed(100120)
a = (torch.rand(3, 2, 4) + 0.5).requires_grad_()
try:
    t1 = torch.minimum(torch.tensor([[[1.39], [-0.3]]]), a)
    t2 = torch.maximum(t1, a)
    t3 = t2 ** 0.5
    t4 = torch.stack([t3, t3 * 0.5], 1)
    t5 = t4.max(1).values
    t6 = t5[-3]
    t7 = t6 * a
    t8 = 1.4 - t7
    t9 = t8 + 0.88
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
