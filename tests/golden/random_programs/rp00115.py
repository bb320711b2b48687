import torch
import torch.nn.functional as F
torch.manual_seed(100115)
a = torch.randn(3, 1, 3, requires_grad=True)
b = torch.tensor([[-1.7, -0.8, 1.56]], requires_grad=True)
try:
    t1 = a.to(torch.float64)
    t2 = t1.squeeze()
    t3 = t2[::3]
    t3.div_(1.62)
    t4 = t3.float()
    t5 = torch.logsumexp(t4, 1)
    t6 = t5.view(())
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
