import torch
import torch.nn.functional as F
torch.manual_seed(100173)
a = torch.randn(3, requires_grad=True)
try:
    t1 = 2.0 - a
    t2 = t1[None]
    t2[0] = 1.6
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.backward(gradient=torch.tensor([[1.2, 1.1, 0.6]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
