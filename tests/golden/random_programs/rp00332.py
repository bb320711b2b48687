import torch
import torch.nn.functional as F
torch.manual_seed(100332)
a = torch.tensor(0.77, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = torch.tensor(1.1) - a
    t2 = t1[...]
    t3 = t2.add(1.81, alpha=2)
    t3.sigmoid_()
    t4 = t3.clone()
    t5 = torch.where(t4 < t2, t4, t2)
    t6 = t5.sum()
    t7 = t6 * t5
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
