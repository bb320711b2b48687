import torch
import torch.nn.functional as F
torch.manual_seed(100473)
a = torch.tensor(0.8, requires_grad=True)
try:
    t1 = F.relu6(a)
    t2 = t1 * a
    t3 = t2 ** 2
    t4 = t3.clamp(min=9.8)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
