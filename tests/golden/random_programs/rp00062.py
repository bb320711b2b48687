import torch
import torch.nn.functional as F
torch.manual_seed(100062)
a = torch.tensor([[1.1, -0.7, 1.9, -0.4], [0.3, 1.9, -2.0, 1.17], [0.7, -1.1, -1.49, 0.2], [-1.2, -0.4, -0.98, 1.81]], requires_grad=True)
try:
    t1 = F.l1_loss(a, torch.linspace(-1.5, 1.5, 16).reshape((4, 4)))
    t2 = t1.add(-0.5, alpha=2)
    t3 = torch.stack([t2, t2 * 0.5], 0)
    t4 = t3.double()
    t5 = torch.cat((t4, torch.tensor([1.2, 0.1], dtype=torch.float64)), -1)
    t6 = t5 - a
    t7 = torch.maximum(t6, t2)
    t8 = t7.t()
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
