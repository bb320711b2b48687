import torch
import torch.nn.functional as F
torch.manual_seed(100311)
a = torch.randn(3, requires_grad=True)
try:
    t1 = torch.softmax(a, dim=-1)
    t2 = t1.add(3.0, alpha=2)
    t3 = torch.cat((t2, torch.tensor([-0.7, -1.2])), 0)
    t4 = torch.lerp(t3, torch.tensor([0.79, -0.3, 1.2, -0.1, -0.6]), 0.25)
    t5 = torch.where(t4 < torch.tensor([-1.2, 0.53, -0.2, -1.03, -0.48]), t4, torch.tensor([-1.2, 0.53, -0.2, -1.03, -0.48]))
    t6 = t5.index_select(-1, torch.tensor([2]))
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
