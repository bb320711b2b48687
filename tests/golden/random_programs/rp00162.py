import torch
import torch.nn.functional as F
torch.manual_seed(100162)
a = torch.randn((), requires_grad=True)
try:
    t1 = torch.maximum(a, torch.tensor([-0.73, -0.7]))
    t2 = -t1
    t3 = t2[2]
    t4 = t3 + 1.5
    t5 = torch.minimum(t1, t4)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([-1.07, 1.16]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
