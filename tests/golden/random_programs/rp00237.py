import torch
import torch.nn.functional as F
torch.manual_seed(100237)
a = torch.tensor([[-1.1, -1.39, -1.36], [-1.0, -0.2, 1.9]], requires_grad=True)
b = torch.tensor([-0.6, 0.4, -1.7], requires_grad=True)
c = torch.randn(1, 3, requires_grad=True)
try:
    t1 = a[torch.tensor([True, False])]
    t2 = torch.sum(t1, dim=0)
    t3 = torch.mul(t1, t2)
    t4 = -1.56 - t3
    t5 = F.leaky_relu(t4, 0.1)
    t6 = t5.clone()
    t7 = t6[:, None]
    t8 = torch.cat((t7, torch.tensor([[[0.6]]])), 2)
    t9 = t8.norm(p=3, dim=-2)
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
