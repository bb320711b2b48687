import torch
import torch.nn.functional as F
torch.manual_seed(100036)
a = torch.tensor([[-2.0, 0.4], [-1.74, -1.4], [0.7, 0.6], [-1.5, -1.9]], requires_grad=True)
try:
    t1 = a.flatten(0, 1)
    t2 = t1 - -1.89
    t3 = t2[torch.tensor([True, False, True, True, False, True, False, True])]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
