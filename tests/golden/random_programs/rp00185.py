import torch
import torch.nn.functional as F
torch.manual_seed(100185)
a = (torch.rand(2, 4) + 0.5).requires_grad_()
b = torch.tensor(1.42, requires_grad=True)
try:
    t1 = a[-1]
    t2 = torch.cat((t1, torch.tensor([-1.05])), 0)
    t3 = t2[::3]
    t4 = t3.tanh()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
