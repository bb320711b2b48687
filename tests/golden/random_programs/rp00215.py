import torch
import torch.nn.functional as F
torch.manual_seed(100215)
a = torch.tensor([[[-0.5, -1.9], [-0.51, 1.3], [-0.5, -0.1]], [[-0.9, 1.4], [-1.3, 0.15], [1.54, -0.2]], [[1.61, 2.0], [1.5, 1.28], [-0.3, 0.3]]], dtype=torch.float64, requires_grad=True)
b = torch.randn(3, 2, requires_grad=True)
c = torch.tensor([-0.2, -1.5], dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.neg(a)
    t1.sigmoid_()
    t2 = t1 * torch.tensor([[[[0.3], [1.2], [0.6]]], [[[-1.25], [1.1], [-0.8]]]])
    t3 = t2.square()
    t4 = t3.float()
    t5 = torch.maximum(t4, b)
    t6 = F.softplus(t5)
    t7 = t6.reshape(18, 2, 1)
    t8 = torch.lerp(t7, torch.tensor([[[1.38]]]), 0.25)
    t9 = t8[17]
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
