import torch
import torch.nn.functional as F
torch.manual_seed(100030)
a = torch.tensor([1.51, 0.03], requires_grad=True)
b = torch.tensor(-1.5, requires_grad=True)
c = torch.randn(2, requires_grad=True)
try:
    t1 = a.view(2)
    t2 = t1.view(3)
    t3 = t2.add(2.9, alpha=2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([-1.1]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
