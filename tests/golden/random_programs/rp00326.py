import torch
import torch.nn.functional as F
torch.manual_seed(100326)
a = torch.tensor(1.6, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
try:
    t1 = a[None]
    t2 = t1 / (b.abs() + 1)
    t3 = torch.minimum(t1, t2)
    t4 = t3.add(2.81, alpha=2)
    t5 = torch.mul(t1, t4)
    t6 = torch.minimum(torch.tensor(-0.3), t5)
    t7 = F.relu6(t6)
    t8 = t7.add(-1.1, alpha=2)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([0.5]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
