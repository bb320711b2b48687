import torch
import torch.nn.functional as F
torch.manual_seed(100257)
a = torch.tensor(-0.5, requires_grad=True)
try:
    t1 = a.to(dtype=torch.double)
    t2 = t1[None]
    t3 = t2.float()
    t4 = t3[torch.tensor([0])]
    t5 = t4.norm()
    t6 = t5[...]
    t7 = t6.abs()
    t8 = -2.3 * t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
