import torch
import torch.nn.functional as F
torch.manual_seed(100240)
a = torch.randn((), requires_grad=True)
b = torch.tensor(1.2, requires_grad=True)
try:
    t1 = a + 2.3
    t2 = t1[None]
    t3 = F.softplus(t2)
    t4 = torch.where(t3 < t1, t3, t1)
    t5 = torch.softmax(t4, dim=0)
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-1.4]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
