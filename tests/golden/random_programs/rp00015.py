import torch
import torch.nn.functional as F
torch.manual_seed(100015)
a = torch.tensor([[[-0.9, 0.1, 1.9]], [[-1.1, -1.42, 1.9]], [[2.0, -0.8, 1.7]], [[1.8, -0.7, -1.5]]], requires_grad=True)
try:
    t1 = torch.sign(a)
    t2 = t1 + a
    t2[0] = 0.9
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.backward(gradient=torch.tensor([[[-0.05, -1.24, 0.6]], [[0.1, 0.11, -1.2]], [[-1.3, 0.82, 0.2]], [[1.3, 1.1, 0.1]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
