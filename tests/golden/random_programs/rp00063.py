import torch
import torch.nn.functional as F
torch.manual_seed(100063)
a = torch.tensor([[1.1, -1.4, -1.31], [0.09, -1.13, 0.8], [0.6, -0.2, 1.7]], requires_grad=True)
b = torch.randn(3, requires_grad=True)
try:
    t1 = a[..., 1, None]
    t2 = t1 + 0.0
    t2.sigmoid_()
    t3 = -t2
    t4 = torch.sign(t3)
    t5 = torch.gather(t4, 1, torch.tensor([[0, 0], [0, 0], [0, 0]]))
    t6 = t5.mm(torch.tensor([[1.2, -0.8], [0.48, -0.1]]))
    t7 = t6.cumsum(-1)
    t8 = t7.clone()
    t9 = t8 ** 2
    t10 = t9[:, 1]
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
