import torch
import torch.nn.functional as F
torch.manual_seed(100383)
a = torch.randn(3, 1, requires_grad=True)
try:
    t1 = a.squeeze(1)
    t2 = t1.index_select(0, torch.tensor([2, 0]))
    t3 = torch.cat([t2, torch.tensor([[0.93, 0.34], [0.1, -1.0]])])
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
