import torch
import torch.nn.functional as F
torch.manual_seed(100282)
a = torch.tensor([0.5, 0.38, -0.5, 0.96], requires_grad=True)
b = torch.tensor(-0.1, requires_grad=True)
try:
    t1 = a[torch.tensor([False, True, True, False])]
    t2 = F.gelu(t1)
    t3 = t2 @ torch.tensor([[-1.2, -0.71], [-0.2, 1.0]])
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
