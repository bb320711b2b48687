import torch
import torch.nn.functional as F
torch.manual_seed(100203)
a = torch.tensor([[-0.4, 1.5], [0.2, 1.65], [0.6, -1.4], [-1.26, -0.3]], dtype=torch.float64, requires_grad=True)
b = torch.tensor([[-1.2, 0.13], [2.0, -1.2], [1.31, 0.74], [-0.9, 0.2]], requires_grad=True)
c = torch.randn(4, 2, requires_grad=True)
try:
    t1 = a.floor()
    t1.masked_fill_(t1 > 0.8, 0.8)
    t2 = t1 - c
    t2.sigmoid_()
    t3 = t2 + 0.0
    t3.mul_(-0.8)
    t4 = t3.floor()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[0.3, 0.5], [0.9, -1.1], [-0.6, 0.0], [0.3, -0.1]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
