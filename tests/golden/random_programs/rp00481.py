import torch
import torch.nn.functional as F
torch.manual_seed(100481)
a = torch.tensor([-0.9, 1.9], requires_grad=True)
b = torch.tensor([1.4, -1.2], requires_grad=True)
c = torch.randn(1, requires_grad=True)
try:
    t1 = a / -1.11
    t2 = t1.add(2.1, alpha=2)
    t3 = t2.view(-1, 2)
    t4 = t3.clone()
    t5 = t4 / t2
    t6 = t5.amax(-1)
    t7 = t6[..., 0, None]
    t8 = t7.clamp(1.2, 1.77)
    t9 = F.binary_cross_entropy_with_logits(t8, torch.tensor([0.16]), reduction='none')
    t10 = t9.squeeze(0)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
