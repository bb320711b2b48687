import torch
import torch.nn.functional as F
torch.manual_seed(100304)
a = torch.randn(1, 3, requires_grad=True)
try:
    t1 = a.cumsum(0)
    t2 = t1 * torch.tensor([1.2, 1.2, -0.47])
    t2.masked_fill_(t2 > 1.0, 1.0)
    t3 = F.elu(t2)
    t4 = t3.to(dtype=torch.double)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[1.3, 1.4, -0.5]], dtype=torch.float64))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
