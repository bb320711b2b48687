import torch
import torch.nn.functional as F
torch.manual_seed(100101)
a = torch.tensor([[1.21, 0.67, -1.98], [-0.9, -1.7, 1.3], [1.0, -0.3, -0.53]], requires_grad=True)
b = torch.randn(3, 3, requires_grad=True)
try:
    t1 = a.min(1)[0]
    t2 = t1.to(torch.float64)
    t3 = t2.chunk(3, 0)[1]
    t4 = t3.expm1()
    t5 = F.leaky_relu(t4, 0.1)
    t6 = t5 / 2.1
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-0.11], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
