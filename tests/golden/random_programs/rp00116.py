import torch
import torch.nn.functional as F
torch.manual_seed(100116)
a = torch.randn(4, requires_grad=True)
b = torch.tensor([-0.22, -1.8, 0.03, -1.65], requires_grad=True)
try:
    t1 = a.expand(4)
    t2 = t1.cos()
    t3 = t2.clone()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([-0.7, 0.13, 0.86, -0.2]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
