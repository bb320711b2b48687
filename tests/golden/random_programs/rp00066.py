import torch
import torch.nn.functional as F
torch.manual_seed(100066)
a = torch.tensor([-1.0, -1.0, -2.0, 1.58], requires_grad=True)
b = torch.tensor([0.7, 0.2, -1.1, 1.7], requires_grad=True)
try:
    t1 = a.clone()
    t2 = torch.logsumexp(t1, 0)
    t2.mul_(-0.98)
    t3 = t2[None]
    t4 = t3.narrow(-1, 0, 1)
    t5 = torch.mul(t1, t4)
    t6 = torch.sum(t5, dim=-1, keepdim=True)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
