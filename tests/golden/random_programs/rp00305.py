import torch
import torch.nn.functional as F
torch.manual_seed(100305)
a = torch.randn(4, 3, requires_grad=True)
b = torch.randn(4, 3, requires_grad=True)
c = torch.tensor([[0.0, 0.24, -0.5]], requires_grad=True)
try:
    t1 = a.chunk(2, 0)[0]
    t2 = t1.double()
    t3 = t2.var(-1, unbiased=False, keepdim=True)
    t4 = t3[:, 0]
    t5 = t4 / (t3.abs() + 1)
    t6 = torch.cat((t5, torch.tensor([[1.31, 1.09], [-0.8, 0.8]], dtype=torch.float64)), 0)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([[1.22, -0.1], [0.2, 1.0], [-0.3, 0.4], [-0.7, -0.48]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
