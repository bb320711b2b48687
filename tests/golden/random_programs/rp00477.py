import torch
import torch.nn.functional as F
torch.manual_seed(100477)
a = torch.tensor([-1.5, -0.8, 1.0, 2.0], requires_grad=True)
try:
    t1 = torch.clamp(a, max=1.34)
    t2 = t1 * a
    t3 = t2.floor()
    t3.relu_()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
