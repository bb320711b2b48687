import torch
import torch.nn.functional as F
torch.manual_seed(100472)
a = torch.randn(1, 4, dtype=torch.float64, requires_grad=True)
b = torch.randn(1, 4, requires_grad=True)
c = torch.tensor([[0.28]], dtype=torch.float64, requires_grad=True)
try:
    t1 = a.reshape(-1, 2)
    t2 = t1 - -1.04
    t3 = t2.t()
    t3.add_(0.55)
    t4 = torch.minimum(t2, t3)
    t5 = t4 * c
    t6 = t5.clamp(min=7.68)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([[0.93, -0.41], [-0.2, 0.81]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
