import torch
import torch.nn.functional as F
torch.manual_seed(100056)
a = torch.tensor([[1.6, -1.7, 0.8, 1.5], [0.8, -1.5, 1.35, -0.6], [-0.25, -0.4, 1.63, -1.31]], requires_grad=True)
b = torch.tensor([[-1.06, 0.6, -0.78, -1.5]], requires_grad=True)
try:
    t1 = torch.mul(b, a)
    t2 = t1[t1 > 3.0]
    t3 = torch.sin(t2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
