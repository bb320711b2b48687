import torch
import torch.nn.functional as F
torch.manual_seed(100140)
a = (torch.rand(3, 1, 1) + 0.5).requires_grad_()
try:
    t1 = a.unbind(-1)[0]
    t2 = a - t1
    t3 = F.elu(t2)
    t4 = t3 + 0.0
    t4.sigmoid_()
    t5 = t4.narrow(2, 0, 1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
