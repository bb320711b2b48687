import torch
import torch.nn.functional as F
torch.manual_seed(100179)
a = torch.randn((), requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
try:
    t1 = torch.mul(b, a)
    t2 = t1.unsqueeze(-1)
    t2.sigmoid_()
    t3 = torch.mul(t1, t2)
    t4 = t3.max(0).values
    t5 = t4.clone()
    t6 = t5.cos()
    t7 = t6.clamp(min=-0.8)
    t8 = F.silu(t7)
    t9 = torch.lerp(t8, t1, 0.25)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
