import torch
import torch.nn.functional as F
torch.manual_seed(100133)
a = torch.randn(4, requires_grad=True)
b = torch.randn(4, requires_grad=True)
c = torch.randn(4, requires_grad=True)
try:
    t1 = a[None]
    t1.sub_(c)
    t2 = t1[0:2]
    t3 = t2 + 0.0
    t3.add_(0.5)
    t4 = t3 * c
    t5 = t4.tanh()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[-0.1, 0.68, 0.1, -0.7]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
