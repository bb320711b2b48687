import torch
import torch.nn.functional as F
torch.manual_seed(100288)
a = torch.tensor([[1.84, -0.6], [-1.66, -1.8], [1.6, 1.4]], requires_grad=True)
b = torch.randn(1, 2, requires_grad=True)
try:
    t1 = a.index_select(0, torch.tensor([1]))
    t2 = t1.transpose(0, 1)
    t3 = F.smooth_l1_loss(t2, torch.tensor([[0.3], [1.37]]))
    t3.clamp_(-1.7, 1.7)
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
