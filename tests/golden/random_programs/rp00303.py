import torch
import torch.nn.functional as F
torch.manual_seed(100303)
a = torch.randn(2, 2, 4, requires_grad=True)
b = torch.randn(2, 2, 4, requires_grad=True)
try:
    t1 = a * -0.6
    t2 = torch.exp(t1)
    t3 = F.silu(t2)
    t4 = t3 + 0.9
    t5 = torch.gather(t4, 2, torch.tensor([[[3, 1], [0, 0]], [[0, 0], [1, 0]]]))
    t6 = t5.to(torch.float64)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
