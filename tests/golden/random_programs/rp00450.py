import torch
import torch.nn.functional as F
torch.manual_seed(100450)
a = torch.tensor(-1.47, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1.reshape(())
    t3 = t2.sum()
    t4 = t3.to(t3.dtype)
    t5 = t4.sum()
    t6 = F.silu(t5)
    t7 = torch.where(t6 < torch.tensor(1.5), t6, torch.tensor(1.5))
    t8 = t7.norm()
    t9 = t8.clone()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
