import torch
import torch.nn.functional as F
torch.manual_seed(100217)
a = torch.tensor([[1.9, -0.55]], requires_grad=True)
b = torch.randn(1, 2, requires_grad=True)
try:
    t1 = a.view(2, 1)
    t2 = t1.flatten()
    t3 = t2 @ t1
    t4 = F.hardtanh(t3)
    t5 = t4[:, None]
    t6 = t5.unsqueeze(-2)
    t7 = t6.contiguous()
    t8 = F.mse_loss(t7, torch.zeros_like(t7))
    t9 = F.silu(t8)
    t10 = t9.sum()
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
