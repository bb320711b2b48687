import torch
import torch.nn.functional as F
torch.manual_seed(100388)
a = torch.randn(1, 1, requires_grad=True)
b = torch.tensor([[0.87]], requires_grad=True)
try:
    t1 = a.norm(p=3, dim=0, keepdim=True)
    t2 = t1 * -1.4
    t3 = torch.sigmoid(t2)
    t4 = a - t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
