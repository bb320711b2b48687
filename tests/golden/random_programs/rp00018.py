import torch
import torch.nn.functional as F
torch.manual_seed(100018)
a = torch.tensor([-1.5, -0.82], requires_grad=True)
try:
    t1 = torch.exp(a)
    t2 = t1 * a
    t3 = t2[t2 > -3.21]
    t4 = F.relu6(t3)
    t5 = t4.abs()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
