import torch
import torch.nn.functional as F
torch.manual_seed(100292)
a = torch.randn(2, 4, requires_grad=True)
try:
    t1 = a.flatten()
    t2 = t1 @ torch.linspace(-1.5, 1.5, 16).reshape((8, 2))
    t3 = t2.chunk(2, 0)[1]
    t4 = t3.narrow(-1, 0, 1)
    t5 = t4.floor()
    t6 = t5 @ torch.tensor([[-1.3]])
    t7 = torch.mul(t3, t6)
    t7.add_(0.84)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
