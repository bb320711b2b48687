import torch
import torch.nn.functional as F
torch.manual_seed(100010)
a = torch.tensor([[[0.85, -1.0, 1.9]], [[0.7, -0.4, -1.3]], [[-0.6, 1.92, -0.1]]], requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a * torch.tensor([[[-0.9, -0.88, 0.2]], [[0.1, 1.2, 0.5]], [[1.4, -1.24, -0.61]]])
    t1.mul_(1.3)
    t2 = t1.half()
    t3 = torch.minimum(a, t2)
    t4 = t3.tanh()
    t5 = torch.cat((t4, torch.tensor([[[1.2, -0.39, 0.7]]], dtype=torch.float16)), 0)
    t6 = t5.masked_fill(t5 < -0.7, -1.7)
    t7 = t6[:, 0]
    t8 = -2.59 - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([[0.8, -1.28, 1.5], [1.0, 1.01, -0.9], [0.54, 0.45, -0.53], [-0.1, -0.5, -1.1]], dtype=torch.float16))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
