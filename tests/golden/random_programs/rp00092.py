import torch
import torch.nn.functional as F
torch.manual_seed(100092)
a = torch.randn(2, 2, requires_grad=True)
try:
    t1 = a[:, None]
    t2 = t1.chunk(3, 0)[0]
    t3 = t2 * -1.6
    t4 = t3 / (a.abs() + 1)
    t5 = t4.permute(2, 0, 1)
    t6 = t5.to(dtype=torch.double)
    t7 = t6.cumsum(1)
    t8 = torch.matmul(t7, torch.tensor([-1.3, 1.03], dtype=torch.float64))
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
