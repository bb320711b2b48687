import torch
import torch.nn.functional as F
torch.manual_seed(100196)
a = torch.randn(2, 3, requires_grad=True)
b = torch.randn((), requires_grad=True)
c = (torch.rand(1, 1) + 0.5).requires_grad_()
try:
    t1 = a * torch.tensor([[-1.01, -0.7, 0.6], [-0.09, -0.74, 0.7]])
    t2 = torch.tensor([[0.6, -0.9]]) @ t1
    t3 = torch.gather(t2, 0, torch.tensor([[0, 0, 0], [0, 0, 0]]))
    t4 = t3.half()
    t5 = F.elu(t4)
    t6 = -1.55 + t5
    t7 = t6.flatten()
    t8 = t7.clamp(12.5, 15.2)
    t8[0] = 1.93
    t9 = t8[3:4]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
