import torch
import torch.nn.functional as F
torch.manual_seed(100189)
a = torch.tensor(1.7, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.abs()
    t2 = t1.clone()
    t3 = torch.stack([t2, t2 * 0.5], -1)
    t4 = t3.square()
    t5 = t4.mean(dim=0, keepdim=True)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([-0.83]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
