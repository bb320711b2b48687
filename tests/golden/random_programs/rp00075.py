import torch
import torch.nn.functional as F
torch.manual_seed(100075)
a = torch.tensor([0.53, -1.9], requires_grad=True)
b = (torch.rand(1) + 0.5).requires_grad_()
try:
    t1 = a.norm(p=1, dim=0)
    t2 = t1.double()
    t3 = t2.clone()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
