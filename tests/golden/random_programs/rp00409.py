import torch
import torch.nn.functional as F
torch.manual_seed(100409)
a = torch.randn(2, 4, 2, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1 + a
    t3 = t2.clone()
    t4 = t3.transpose(0, 1).view(-1)
    t5 = torch.lerp(t4, torch.tensor([-0.3, 0.86, 0.82, -1.3, 0.7, -0.73, -0.4, 1.33, 0.65, 0.8, 0.42, 0.0, -1.04, 0.5, 0.5, -1.1]), 0.25)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
