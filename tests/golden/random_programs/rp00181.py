import torch
import torch.nn.functional as F
torch.manual_seed(100181)
a = torch.tensor([[-1.6, -1.06, -0.5], [1.9, -0.67, 1.16]], requires_grad=True)
b = torch.tensor([[1.18, -1.6, -0.01], [0.9, 0.6, 0.5]], requires_grad=True)
try:
    t1 = a.half()
    t2 = t1.half()
    t3 = t2[torch.tensor([1])]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
