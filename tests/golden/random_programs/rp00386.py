import torch
import torch.nn.functional as F
torch.manual_seed(100386)
a = torch.randn(3, 0, requires_grad=True)
b = (torch.rand(3, 1) + 0.5).requires_grad_()
c = torch.randn(3, 0, requires_grad=True)
try:
    t1 = F.mse_loss(a, torch.zeros((3, 0)))
    t2 = t1[...]
    t2.sigmoid_()
    t3 = t2.abs()
    t4 = t3.sum()
    t5 = torch.sign(t4)
    t6 = t5.view(2)
    t7 = t6 / 2.7
    t8 = t7.unbind(-1)[0]
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
