import torch
import torch.nn.functional as F
torch.manual_seed(100095)
a = torch.randn(2, 3, 3, requires_grad=True)
b = (torch.rand(2, 3, 3) + 0.5).requires_grad_()
c = torch.tensor([[[-0.03, 2.0, 0.5], [1.8, -1.2, -0.8], [0.6, -0.2, 1.4]], [[1.1, 0.6, 0.0], [-0.3, 1.08, -0.9], [1.77, -0.24, 1.9]]], requires_grad=True)
try:
    t1 = F.softplus(a)
    t2 = torch.mul(b, t1)
    t3 = t2 + a
    t4 = t3[::2]
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[[0.0, 0.2, -0.68], [-1.14, 1.1, 0.4], [1.1, -1.4, -1.4]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
