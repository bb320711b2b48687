import torch
import torch.nn.functional as F
torch.manual_seed(100038)
a = torch.randn(4, 0, requires_grad=True)
b = torch.randn(4, 0, requires_grad=True)
c = torch.tensor(-1.4, requires_grad=True)
try:
    t1 = a * 1.0
    t1.sigmoid_()
    t2 = t1.view(0, 2)
    t3 = t2.expm1()
    t4 = torch.sigmoid(t3)
    t5 = F.softplus(t4)
    t6 = t5[:, None]
    t7 = F.binary_cross_entropy(torch.sigmoid(t6), torch.zeros((0, 1, 2)))
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
