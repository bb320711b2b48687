import torch
import torch.nn.functional as F
torch.manual_seed(100355)
a = torch.randn(3, 2, requires_grad=True)
try:
    t1 = a @ torch.tensor([[1.4, -0.16, 0.0], [-1.21, 0.9, 0.31]])
    t2 = t1.abs()
    t2.clamp_(-1.2, 1.2)
    t3 = t2.min(-2).values
    t4 = torch.cat((t3, torch.tensor([1.0, -0.5])), -1)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([1.34, -1.3, 0.51, 0.0, -1.31]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
