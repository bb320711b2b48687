import torch
import torch.nn.functional as F
torch.manual_seed(100368)
a = torch.randn(2, 2, requires_grad=True)
b = torch.randn(2, 2, requires_grad=True)
try:
    t1 = torch.lerp(a, b, 0.25)
    t2 = t1[1:1]
    t3 = t2[t2 > 2.39]
    t4 = t3.tanh()
    t5 = F.silu(t4)
    t6 = -0.57 + t5
    t7 = -t6
    t8 = F.hardtanh(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
