import torch
import torch.nn.functional as F
torch.manual_seed(100417)
a = torch.randn(2, requires_grad=True)
try:
    t1 = torch.minimum(torch.tensor([0.2, 1.1]), a)
    t2 = t1.sum()
    t3 = t2.reshape(-1)
    t4 = t3.add(-2.85, alpha=2)
    t5 = torch.minimum(t2, t4)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([-1.1]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
