import torch
import torch.nn.functional as F
torch.manual_seed(100210)
a = (torch.rand(3, 4) + 0.5).requires_grad_()
b = torch.tensor([[-0.4, -1.7, -1.39, -0.8], [0.5, 0.4, 0.7, -1.9], [0.6, 1.3, 1.95, 1.8]], requires_grad=True)
c = torch.randn(3, 4, requires_grad=True)
try:
    t1 = torch.mul(b, a)
    t2 = torch.minimum(torch.tensor([[0.2, 1.1, -1.1, -0.66], [-0.94, 0.7, 1.3, 0.5], [-0.9, -0.98, -0.2, 0.1]]), t1)
    t3 = F.elu(t2)
    t4 = t3.view(1, 12)
    t5 = t4[torch.tensor([False])]
    t5.add_(0.97)
    t6 = t5[..., 7, None]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.zeros((0, 1)))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
