import torch
import torch.nn.functional as F
torch.manual_seed(100380)
a = torch.tensor([[[1.97, 0.13, 0.4, 1.2], [-0.32, 0.9, 1.1, 1.15], [0.87, -1.7, 1.7, -1.33], [0.1, 0.9, 0.93, 0.1]]], requires_grad=True)
try:
    t1 = torch.sum(a, dim=-2)
    t2 = torch.stack([t1, t1 * 0.5], 0)
    t3 = torch.cat((t2, torch.tensor([[[1.34, 0.96]], [[-1.0, -1.4]]])), 2)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[[1.16, -1.5, 1.4, 0.7, -0.9, -1.46]], [[-0.5, -1.15, 0.8, 1.4, -1.04, 1.1]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
