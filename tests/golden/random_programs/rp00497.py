import torch
import torch.nn.functional as F
torch.manual_seed(100497)
a = (torch.rand(4, 3) + 0.5).requires_grad_()
b = torch.tensor([[0.7], [-0.59], [-0.7], [1.9]], requires_grad=True)
try:
    t1 = torch.lerp(a, b, 0.25)
    t2 = t1.unbind(-1)[0]
    t3 = F.huber_loss(t2, torch.tensor([0.3, -0.11, 0.4, 0.3]), reduction='sum')
    t4 = t3 - 1.54
    t5 = t4[...]
    t6 = t5.sum(1)
    t7 = torch.sin(t6)
    t8 = -0.6 * t7
    t9 = t8.expm1()
    t10 = t9[...]
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
