import torch
import torch.nn.functional as F
torch.manual_seed(100029)
a = (torch.rand(3) + 0.5).requires_grad_()
try:
    t1 = torch.stack([a, a * 0.5], 1)
    t2 = t1.norm(p=1, dim=1, keepdim=True)
    t3 = F.silu(t2)
    t4 = t3 * 1.8
    t5 = F.mse_loss(t4, torch.tensor([[1.31], [0.0], [1.47]]))
    t6 = t5[...]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
