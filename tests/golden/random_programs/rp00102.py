import torch
import torch.nn.functional as F
torch.manual_seed(100102)
a = torch.tensor(-0.4, requires_grad=True)
b = torch.tensor(0.8, requires_grad=True)
try:
    t1 = b - a
    t2 = torch.minimum(b, t1)
    t3 = t2.flatten()
    t4 = torch.sigmoid(t3)
    t5 = t4 / -0.86
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([-1.3]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
