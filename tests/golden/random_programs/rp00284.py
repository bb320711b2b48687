import torch
import torch.nn.functional as F
torch.manual_seed(100284)
a = torch.randn(3, 2, 4, requires_grad=True)
b = torch.tensor([[[-1.2, 1.3, -1.56, -1.48], [0.82, -0.41, 0.83, 0.6]], [[0.24, -0.1, 0.5, 1.6], [-1.3, 1.3, 1.79, 0.56]], [[-0.2, 0.9, -1.4, -0.4], [-0.6, 1.36, -0.54, -0.2]]], requires_grad=True)
try:
    t1 = F.mse_loss(a, torch.linspace(-1.5, 1.5, 24).reshape((3, 2, 4)))
    t2 = torch.sigmoid(t1)
    t3 = torch.maximum(t2, a)
    t4 = t3.abs()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[[-1.4, -0.9, 0.0, 0.0], [-0.5, 1.4, 0.7, -1.2]], [[-0.2, -1.4, -1.2, 1.4], [-0.5, -0.51, -1.1, -0.88]], [[-0.6, -0.4, -0.4, 0.4], [0.67, -1.0, -1.3, 0.2]]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
