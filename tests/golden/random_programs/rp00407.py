import torch
import torch.nn.functional as F
torch.manual_seed(100407)
a = torch.randn(1, 3, 4, dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.where(a < torch.tensor([[[-0.9, 1.4, 0.97, -0.3]]]), a, torch.tensor([[[-0.9, 1.4, 0.97, -0.3]]]))
    t2 = t1[torch.tensor([0])]
    t3 = t2 * -1.7
    t3.masked_fill_(t3 > 1.02, 1.02)
    t4 = t3.expand(2, 3, 3, 4)
    t5 = t4[:, 0]
    t6 = torch.clamp(t5, max=-4.9)
    t7 = t6.mean()
    t8 = torch.sign(t7)
    t9 = torch.relu(t8)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
