import torch
import torch.nn.functional as F
torch.manual_seed(100371)
a = torch.randn(2, 2, 1, requires_grad=True)
b = torch.randn(2, 2, 1, requires_grad=True)
c = torch.tensor([[[1.6], [0.9]], [[-1.5], [1.0]]], requires_grad=True)
try:
    t1 = a * 1.0
    t1.sigmoid_()
    t2 = torch.stack([t1, b], 0)
    t3 = t2[:, None]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[[[[0.81], [-0.9]], [[1.1], [0.3]]]], [[[[1.24], [-0.86]], [[0.8], [0.0]]]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
