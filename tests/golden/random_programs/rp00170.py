import torch
import torch.nn.functional as F
torch.manual_seed(100170)
a = torch.randn(4, 1, requires_grad=True)
try:
    t1 = a.clone()
    t1.sigmoid_()
    t2 = t1.squeeze()
    t3 = t2.narrow(0, 0, 3)
    t4 = t3.unbind(-1)[1]
    t5 = t4 - 2.78
    t6 = t5.clone()
    t7 = torch.maximum(t6, torch.tensor(0.84))
    t8 = t7 + 2.1
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
