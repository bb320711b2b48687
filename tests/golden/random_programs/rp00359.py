import torch
import torch.nn.functional as F
torch.manual_seed(100359)
a = torch.tensor(1.6, requires_grad=True)
try:
    t1 = torch.where(a < torch.tensor(-0.3), a, torch.tensor(-0.3))
    t2 = t1.flatten()
    t3 = t2 * -1.34
    t4 = t3.abs()
    t5 = t4.half()
    t6 = t5 * -1.7
    t7 = t6[0:1]
    t8 = t7.float()
    t9 = t8.expand(-1)
    t10 = t9[::2]
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
