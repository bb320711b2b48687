import torch
import torch.nn.functional as F
torch.manual_seed(100438)
a = torch.tensor([[0.85, 0.5]], dtype=torch.float64, requires_grad=True)
b = torch.tensor([[-0.9, 0.3]], dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.sum(a, dim=1)
    t2 = F.silu(t1)
    t3 = t2.sum()
    t4 = torch.where(t3 < t1, t3, t1)
    t5 = t4.clone()
    t6 = t5.clone()
    t7 = t6[..., 0, None]
    t8 = torch.lerp(t7, t4, 0.25)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([1.08], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
