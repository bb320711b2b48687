import torch
import torch.nn.functional as F
torch.manual_seed(100206)
a = torch.randn(3, 2, requires_grad=True)
try:
    t1 = F.hardtanh(a)
    t2 = t1[:, torch.tensor([0, 0])]
    t3 = t2.flatten(0, 1)
    t4 = t3[..., 2, None]
    t5 = t4.long()
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
