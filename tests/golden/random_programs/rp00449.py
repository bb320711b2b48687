import torch
import torch.nn.functional as F
torch.manual_seed(100449)
a = torch.randn(3, 2, 2, requires_grad=True)
b = torch.tensor([[[1.2, -0.3], [1.4, 0.6]], [[1.11, -0.89], [-1.23, 1.7]], [[-0.5, -1.8], [1.1, 0.16]]], requires_grad=True)
c = torch.randn(2, requires_grad=True)
try:
    t1 = a.cumsum(0)
    t2 = -2.4 + t1
    t2.mul_(-1.5)
    t3 = -1.0 * t2
    t4 = torch.lerp(t3, t2, 0.25)
    t5 = t4 / 0.76
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[[0.24, 0.9], [0.0, 0.4]], [[0.27, -0.18], [-0.88, -0.7]], [[-0.7, -0.1], [0.8, 0.84]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
