import torch
import torch.nn.functional as F
torch.manual_seed(100137)
a = (torch.rand(3, 4, 2) + 0.5).requires_grad_()
b = torch.randn(3, 4, 2, requires_grad=True)
try:
    t1 = torch.logsumexp(a, -2)
    t2 = t1.chunk(3, 0)[2]
    t3 = t2.clone()
    t4 = t3 * torch.tensor([[-0.5, -0.57]])
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
