import torch
import torch.nn.functional as F
torch.manual_seed(100424)
a = torch.tensor([[1.18, -0.49, -1.4], [0.1, 0.8, 0.04], [-1.78, -0.1, 0.8]], requires_grad=True)
b = torch.randn(3, 3, requires_grad=True)
try:
    t1 = torch.stack([a, b], -3)
    t2 = t1.unsqueeze(3)
    t3 = torch.exp(t2)
    t4 = torch.sin(t3)
    t4[0] = 1.4
    t5 = torch.tensor([1.16]) - t4
    t6 = -t5
    t7 = 1.5 + t6
    t8 = t7.double()
    t9 = t8.abs()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 18, dtype=torch.float64).reshape((2, 3, 3, 1)))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
