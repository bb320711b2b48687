import torch
import torch.nn.functional as F
torch.manual_seed(100261)
a = torch.randn(3, 3, 4, requires_grad=True)
try:
    t1 = a.reshape(1, 36)
    t2 = t1.unbind(-1)[21]
    t3 = t2.clamp(2.4, 4.04)
    t4 = torch.matmul(t3, torch.tensor([1.01]))
    t5 = t4.amax()
    t6 = t5[None]
    t7 = t6 / t3
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
