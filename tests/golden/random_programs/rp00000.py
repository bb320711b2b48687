import torch
import torch.nn.functional as F
torch.manual_seed(100000)
a = torch.tensor([1.2, 0.64, -1.0], requires_grad=True)
b = torch.tensor(0.31, requires_grad=True)
try:
    t1 = a.narrow(0, 2, 0)
    t2 = t1.half()
    t3 = t2[:, None]
    t4 = torch.sin(t3)
    t5 = -2.58 - t4
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
