import torch
import torch.nn.functional as F
torch.manual_seed(100005)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, 4, requires_grad=True)
try:
    t1 = a * torch.tensor([[0.2, 1.3, 1.39, -0.7], [0.32, 0.9, -1.3, 0.23], [-1.4, -0.63, 1.0, 0.3]])
    t2 = t1[..., 2, None]
    t3 = t2.sum(3)
    t4 = t3 / 0.6
    t5 = t4 + a
    t6 = t5 / (b.abs() + 1)
    t7 = t6.min(1)[0]
    t8 = t7[..., 1, None]
    t9 = torch.sign(t8)
    t10 = t9.unbind(-1)[0]
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
