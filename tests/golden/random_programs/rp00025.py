import torch
import torch.nn.functional as F
torch.manual_seed(100025)
a = (torch.rand(3, 3) + 0.5).requires_grad_()
b = torch.tensor(-0.9, requires_grad=True)
try:
    t1 = a.max(1)[0]
    t2 = t1 + 2.9
    t3 = t2.half()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([-0.7, 1.3, -1.23], dtype=torch.float16))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
