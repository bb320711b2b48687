import torch
import torch.nn.functional as F
torch.manual_seed(100044)
a = torch.randn((), dtype=torch.float64, requires_grad=True)
b = torch.tensor(-1.9, dtype=torch.float64, requires_grad=True)
try:
    t1 = a.float()
    t2 = t1.tanh()
    t3 = t2.view(())
    t4 = t3.clone()
    t5 = t4.clone()
    t6 = t5.half()
    t7 = t6.clone()
    t8 = t7 - -1.1
    t8.mul_(0.7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
