import torch
import torch.nn.functional as F
torch.manual_seed(100411)
a = torch.randn(3, 0, requires_grad=True)
b = torch.randn(3, 0, requires_grad=True)
c = torch.randn(3, 0, requires_grad=True)
try:
    t1 = a[torch.tensor([True, True, True])]
    t2 = F.l1_loss(t1, torch.zeros((3, 0)), reduction='sum')
    t3 = t2.floor()
    t4 = t3 * torch.tensor(1.1)
    t5 = -1.86 - t4
    t6 = t3 - t5
    t7 = t6[...]
    t8 = F.leaky_relu(t7, 0.1)
    t9 = torch.where(t8 > 16.1, t8, -1.4)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
