import torch
import torch.nn.functional as F
torch.manual_seed(100374)
a = torch.tensor([[[-1.3, 2.0, 1.3], [0.3, 1.2, -1.1], [-1.4, -0.2, -0.66], [0.3, 0.6, 1.73]], [[-0.7, 0.1, -0.6], [0.0, -0.06, -1.7], [1.26, -1.2, 1.6], [0.4, 1.3, -1.71]], [[-1.22, -0.3, 1.8], [0.0, 1.15, -0.7], [-1.0, 0.4, 1.4], [0.36, 0.8, 0.31]]], requires_grad=True)
try:
    t1 = torch.minimum(torch.tensor([[[-0.3, 0.46, 0.67]], [[-1.34, -0.56, 1.3]], [[-1.4, 0.4, -0.72]]]), a)
    t2 = torch.minimum(a, t1)
    t3 = -0.79 - t2
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 36).reshape((3, 4, 3)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
