import torch
import torch.nn.functional as F
torch.manual_seed(100425)
a = torch.randn(0, requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([-1.0, -0.2])), -1)
    t2 = torch.stack([t1, t1 * 0.5], -1)
    t3 = torch.softmax(t2, dim=1)
    t4 = t3 @ t2
    t5 = F.elu(t4)
    t6 = t5 / -0.7
    t7 = t6 + 1.3
    t8 = t7[1]
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
