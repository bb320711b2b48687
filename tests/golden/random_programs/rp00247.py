import torch
import torch.nn.functional as F
torch.manual_seed(100247)
a = torch.tensor([[[-1.0, 0.5, 1.1, 0.3], [-1.6, -1.5, -0.9, -0.3]], [[-0.19, 1.8, 0.7, 0.0], [1.55, 0.1, 0.24, -1.6]], [[1.03, -1.8, 1.6, 1.9], [-1.0, -1.5, 0.8, 0.5]]], requires_grad=True)
b = torch.randn(3, 2, 4, requires_grad=True)
try:
    t1 = a[:, None]
    t2 = t1.contiguous()
    t3 = t2.floor()
    t4 = t3.unbind(-1)[3]
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[[-0.58, -0.8]], [[1.1, 0.2]], [[0.0, -1.2]]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
