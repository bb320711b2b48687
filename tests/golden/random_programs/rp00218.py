import torch
import torch.nn.functional as F
torch.manual_seed(100218)
a = torch.tensor([[-1.1, 1.6], [1.8, 0.27], [-1.9, -0.1], [-1.1, -1.29]], dtype=torch.float64, requires_grad=True)
try:
    t1 = F.silu(a)
    t1.add_(0.5)
    t2 = t1[-2]
    t2[0] = 1.3
    t3 = torch.logsumexp(t2, 0)
    t4 = t3 - torch.tensor(0.6)
    t5 = F.binary_cross_entropy(torch.sigmoid(t4), torch.tensor(0.2, dtype=torch.float64))
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
