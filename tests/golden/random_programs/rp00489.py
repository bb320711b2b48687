import torch
import torch.nn.functional as F
torch.manual_seed(100489)
a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = a[0]
    t2 = t1.add(2.7, alpha=2)
    t3 = t2 + -2.57
    t4 = t3.view(2)
    t5 = t4[torch.tensor([0])]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([1.16]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
