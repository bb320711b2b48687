import torch
import torch.nn.functional as F
torch.manual_seed(100280)
a = torch.randn(2, dtype=torch.float64, requires_grad=True)
try:
    t1 = a.amax()
    t2 = t1.add(2.7, alpha=2)
    t3 = t2.unsqueeze(-1)
    t4 = F.softplus(t3)
    t4.masked_fill_(t4 > 1.9, 1.9)
    t5 = torch.stack([t4, t4 * 0.5], -2)
    t6 = t5.mean(dim=0, keepdim=True)
    t7 = torch.stack([t6, t6 * 0.5], -2)
    t8 = F.leaky_relu(t7, 0.1)
    t9 = t8.unbind(-1)[0]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
