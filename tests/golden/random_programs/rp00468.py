import torch
import torch.nn.functional as F
torch.manual_seed(100468)
a = (torch.rand(2, 2, 2) + 0.5).requires_grad_()
b = torch.randn(2, 2, 2, requires_grad=True)
c = torch.randn(2, 2, 2, requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[[1.2, -1.4], [-0.62, 0.2]]])), 0)
    t2 = t1.cumsum(0)
    t3 = t2[1:2]
    t4 = t3 ** 2
    t5 = t4[:, None]
    t6 = t5.clone()
    t6.sub_(t4)
    t7 = torch.cat([t5, t6], dim=-4)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[[[0.48, -1.03], [-0.98, 1.5]]], [[[1.38, -1.1], [-1.1, 1.0]]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
