import torch
import torch.nn.functional as F
torch.manual_seed(100177)
a = torch.randn(1, requires_grad=True)
try:
    t1 = -0.6 + a
    t2 = F.elu(t1)
    t3 = torch.where(t2 > 1.1, t2, -1.9)
    t4 = t3 / (t2.abs() + 1)
    t5 = torch.maximum(t4, torch.tensor([-0.39, -1.27]))
    t6 = torch.minimum(t3, t5)
    t7 = t6[..., 1, None]
    t8 = 1.4 - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([1.2]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
