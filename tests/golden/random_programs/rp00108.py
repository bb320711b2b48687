import torch
import torch.nn.functional as F
torch.manual_seed(100108)
a = torch.tensor([[[0.7, -1.5], [0.9, 0.54]]], requires_grad=True)
try:
    t1 = a.flatten()
    t2 = t1.mean(dim=0, keepdim=True)
    t3 = torch.maximum(t2, t1)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
