import torch
import torch.nn.functional as F
torch.manual_seed(100051)
a = (torch.rand(3) + 0.5).requires_grad_()
b = torch.tensor(1.4, requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = a - 2.5
    t2 = t1.cumsum(0)
    t3 = t2.norm(p=1, dim=0)
    t4 = torch.lerp(t3, torch.tensor(0.5), 0.25)
    t5 = t4.add(-1.55, alpha=2)
    t6 = t5 + -1.3
    t7 = torch.mul(a, t6)
    t8 = t7.unsqueeze(0)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([[-1.1, -0.5, -1.0]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
