import torch
import torch.nn.functional as F
torch.manual_seed(100490)
a = torch.tensor([[[2.0, -0.04, 0.8], [1.8, 1.4, 1.68]], [[-0.38, 0.6, 1.39], [1.12, -1.4, -0.3]], [[-1.39, 1.41, 1.14], [0.2, -0.8, 0.5]]], requires_grad=True)
try:
    t1 = a[2]
    t2 = t1.permute(0, 1)
    t3 = torch.softmax(t2, dim=0)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[-1.07, 0.8, 1.0], [-1.2, 0.97, -0.2]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
