import torch
import torch.nn.functional as F
torch.manual_seed(100426)
a = torch.randn(4, 3, requires_grad=True)
try:
    t1 = F.kl_div(F.log_softmax(a, -1), torch.softmax(torch.tensor([[-1.4, -0.24, 0.9], [1.25, 0.04, 1.25], [-1.0, -1.1, -0.1], [-0.2, 0.5, 0.5]]), -1), reduction='batchmean')
    t2 = t1.clone()
    t3 = torch.where(t2 < a, t2, a)
    t4 = torch.minimum(a, t3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
