import torch
import torch.nn.functional as F
torch.manual_seed(100321)
a = torch.randn(2, 1, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1[2:2]
    t3 = torch.maximum(t2, torch.tensor([-0.7, -0.1]))
    t4 = F.relu6(t3)
    t5 = torch.sum(t4, dim=-1)
    t6 = torch.minimum(t1, t5)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
