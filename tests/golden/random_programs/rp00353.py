import torch
import torch.nn.functional as F
torch.manual_seed(100353)
a = torch.tensor([[[-1.6, -0.54], [1.16, 1.4], [0.29, 1.6], [0.0, -1.41]], [[-1.8, -0.9], [-0.6, -1.7], [-0.1, 1.4], [1.2, 0.13]], [[-1.31, 0.46], [-1.2, 1.6], [1.3, 2.0], [0.8, -1.17]]], requires_grad=True)
try:
    t1 = torch.logsumexp(a, 0)
    t2 = torch.cat([t1, torch.tensor([[[1.5, 0.8], [-1.4, 0.3]], [[0.51, 0.77], [0.39, 0.8]]])])
    t3 = -0.87 + t2
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[0.8, 0.7], [1.5, -1.5], [-0.2, 0.9], [0.33, -0.1]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
