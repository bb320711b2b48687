import torch
import torch.nn.functional as F
torch.manual_seed(100336)
a = torch.tensor([-1.0], requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = torch.cat([b, a], dim=0)
    t2 = t1.to(torch.float64)
    t3 = torch.sin(t2)
    t4 = t3.square()
    t5 = F.kl_div(F.log_softmax(t4, -1), torch.softmax(torch.tensor([1.43, -0.7], dtype=torch.float64), -1), reduction='batchmean')
    t6 = t5.clone()
    t7 = torch.sin(t6)
    t8 = F.hardtanh(t7)
    t9 = t8[None]
    t10 = F.mse_loss(t9, torch.tensor([0.12], dtype=torch.float64))
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
