import torch
import torch.nn.functional as F
torch.manual_seed(100454)
a = torch.randn(1, 4, 4, requires_grad=True)
b = torch.randn(1, 4, 4, requires_grad=True)
try:
    t1 = F.hardtanh(a)
    t2 = torch.logsumexp(t1, -3, keepdim=True)
    t3 = t2.clone()
    t4 = torch.neg(t3)
    t5 = F.mse_loss(t4, torch.zeros_like(t4), reduction='sum')
    t6 = t5[...]
    t7 = torch.lerp(t6, t4, 0.25)
    t7[0] = 0.51
    t8 = F.mse_loss(t7, torch.zeros_like(t7), reduction='none')
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
