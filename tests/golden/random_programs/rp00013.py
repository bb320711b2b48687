import torch
import torch.nn.functional as F
torch.manual_seed(100013)
a = torch.tensor([-2.0, 1.86, 1.1], requires_grad=True)
b = (torch.rand(3) + 0.5).requires_grad_()
try:
    t1 = a.clone()
    t2 = t1.cumsum(0)
    t3 = 0.56 - t2
    t4 = F.softplus(t3)
    t5 = t4.clone()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([0.4, -0.7, -0.45]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
