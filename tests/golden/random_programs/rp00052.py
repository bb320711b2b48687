import torch
import torch.nn.functional as F
torch.manual_seed(100052)
a = torch.randn(2, requires_grad=True)
try:
    t1 = a.clone()
    t1.sigmoid_()
    t2 = torch.cat([a, t1], dim=-1)
    t3 = t2.masked_fill(t2 < 0.4, -0.1)
    t4 = t3 @ torch.tensor([[1.3], [-1.2], [1.5], [-1.4]])
    t5 = t4.norm(p=3, dim=-1, keepdim=True)
    t6 = -1.2 * t5
    t7 = t6.add(-1.8, alpha=2)
    t7.clamp_(-1.0, 1.0)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
