import torch
import torch.nn.functional as F
torch.manual_seed(100146)
a = torch.tensor([[-1.4], [-0.9], [0.1]], requires_grad=True)
try:
    t1 = torch.maximum(a, torch.tensor(0.2))
    t2 = 1.6 * t1
    t3 = t2.narrow(0, 0, 1)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
