import torch
import torch.nn.functional as F
torch.manual_seed(100423)
a = torch.randn(0, 2, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = torch.stack([a, a * 0.5], -1)
    t2 = torch.matmul(t1, torch.tensor([-0.57, 0.5]))
    t3 = torch.lerp(t2, b, 0.25)
    t4 = torch.sum(t3, dim=0)
    t5 = t4.clone()
    t6 = t5.cos()
    t7 = F.relu6(t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
