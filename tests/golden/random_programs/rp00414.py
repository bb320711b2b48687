import torch
import torch.nn.functional as F
torch.manual_seed(100414)
a = torch.tensor(-0.7, requires_grad=True)
try:
    t1 = -2.2 + a
    t2 = t1.half()
    t3 = t2[None]
    t4 = torch.gather(t3, 0, torch.tensor([0]))
    t5 = t4.add(1.58, alpha=2)
    t6 = torch.lerp(t5, t4, 0.25)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
