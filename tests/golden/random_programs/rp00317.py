import torch
import torch.nn.functional as F
torch.manual_seed(100317)
a = torch.tensor([0.3, -0.2, 1.0], dtype=torch.float64, requires_grad=True)
try:
    t1 = a.square()
    t1[..., 1:].mul_(0.9)
    t2 = t1.clamp(min=-2.7)
    t2[..., 1:].mul_(1.9)
    t3 = torch.tensor([-0.8, 0.1, -0.8]) - t2
    t4 = t3.flatten()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([-1.3, -1.1, -0.9], dtype=torch.float64))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
