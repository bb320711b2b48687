import torch
import torch.nn.functional as F
torch.manual_seed(100144)
a = torch.tensor(-0.2, requires_grad=True)
b = torch.tensor(-0.6, requires_grad=True)
try:
    t1 = torch.minimum(b, a)
    t2 = t1.amax()
    t3 = t2[...]
    t4 = torch.lerp(t3, a, 0.25)
    t5 = F.silu(t4)
    t5.sigmoid_()
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
