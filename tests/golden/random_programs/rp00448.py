import torch
import torch.nn.functional as F
torch.manual_seed(100448)
a = torch.randn(3, dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.matmul(a, torch.tensor([1.2, 0.3, -0.64], dtype=torch.float64))
    t1.add_(0.87)
    t2 = t1[...]
    t3 = t2[...]
    t3.add_(1.7)
    t4 = t3.add(2.2, alpha=2)
    t5 = t4.cos()
    t6 = torch.neg(t5)
    t7 = torch.exp(t6)
    t8 = torch.tensor(0.4) - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
