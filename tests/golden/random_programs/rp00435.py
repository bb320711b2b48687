import torch
import torch.nn.functional as F
torch.manual_seed(100435)
a = torch.randn(4, 1, 2, requires_grad=True)
try:
    t1 = F.l1_loss(a, torch.tensor([[[0.2, 0.1]], [[-0.76, 0.4]], [[-1.2, 0.11]], [[-1.5, 0.22]]]), reduction='none')
    t2 = t1[-2]
    t2.clamp_(-0.66, 0.66)
    t3 = t2.unsqueeze(2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
