import torch
import torch.nn.functional as F
torch.manual_seed(100393)
a = torch.randn(2, requires_grad=True)
try:
    t1 = torch.lerp(a, torch.tensor(-1.49), 0.25)
    t2 = torch.minimum(torch.tensor(-0.1), t1)
    t3 = t2[::2]
    t4 = torch.exp(t3)
    t5 = t4.clone()
    t6 = t5 - 2.08
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-1.5]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
