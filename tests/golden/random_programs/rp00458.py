import torch
import torch.nn.functional as F
torch.manual_seed(100458)
a = torch.randn((), requires_grad=True)
try:
    t1 = a.expand(())
    t2 = t1 / 1.3
    t3 = torch.lerp(t2, t1, 0.25)
    t4 = torch.stack([t3, t2], -1)
    t5 = F.softplus(t4)
    t6 = torch.gather(t5, -1, torch.tensor([1, 1]))
    t7 = torch.stack([t6, t4], -1)
    t8 = t7.clone()
    t9 = torch.softmax(t8, dim=1)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
