import torch
import torch.nn.functional as F
torch.manual_seed(100246)
a = torch.tensor([[[-0.8, -1.8, -0.6], [0.2, 1.42, 1.0], [-1.05, 0.07, 0.1]], [[-0.8, -1.77, -2.0], [-1.4, 0.5, 1.0], [-0.59, 0.0, 0.0]], [[1.0, -1.6, 0.88], [0.51, 1.7, 1.93], [0.6, 1.0, -0.4]], [[1.95, -0.1, 1.1], [-0.65, 0.88, 1.54], [-1.2, 1.0, 0.1]]], dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[[-0.66, 0.2, 0.5]], [[-0.6, 1.3, 0.1]], [[1.3, 0.3, 1.4]], [[1.0, 1.0, -1.44]]], dtype=torch.float64)), 1)
    t2 = torch.stack([t1, t1 * 0.5], -4)
    t3 = t2[torch.tensor([True, True])]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 96, dtype=torch.float64).reshape((2, 4, 4, 3)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
