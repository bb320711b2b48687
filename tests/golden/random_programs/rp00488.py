import torch
import torch.nn.functional as F
torch.manual_seed(100488)
a = torch.randn(1, 2, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a @ torch.tensor([[-0.3, -0.41], [-1.3, -0.6]])
    t2 = t1 / (a.abs() + 1)
    t2.clamp_(-1.66, 1.66)
    t3 = t2.flatten(0, 1)
    t4 = t3 @ torch.tensor([[1.0], [-0.05]])
    t5 = t4[:, None]
    t6 = t5[torch.tensor([True])]
    t7 = F.leaky_relu(t6, 0.1)
    t8 = F.relu6(t7)
    t9 = t8[:, torch.tensor([0, 0])]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
