import torch
import torch.nn.functional as F
torch.manual_seed(100183)
a = torch.tensor([[[-1.6, 0.3]], [[0.4, 1.48]]], requires_grad=True)
b = torch.randn(2, 1, 1, requires_grad=True)
try:
    t1 = a[0]
    t2 = t1.flatten()
    t3 = t2 ** 2
    t4 = F.mse_loss(t3, torch.zeros_like(t3), reduction='sum')
    t5 = F.elu(t4)
    t6 = t5.norm()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
