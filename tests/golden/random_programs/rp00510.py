import torch
import torch.nn.functional as F
torch.manual_seed(100510)
a = torch.randn(4, 4, 1, requires_grad=True)
b = torch.tensor([[[-0.2], [-0.34], [0.0], [0.9]], [[1.7], [0.9], [-0.2], [1.5]], [[0.4], [-1.8], [1.5], [1.2]], [[-1.21], [-1.3], [1.0], [-0.8]]], requires_grad=True)
try:
    t1 = torch.softmax(a, dim=0)
    t2 = torch.stack([t1, a], 0)
    t2.sub_(b)
    t3 = t2.transpose(0, 1)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[[[0.1], [0.2], [-1.31], [-1.19]], [[1.5], [-0.5], [0.8], [-1.2]]], [[[1.0], [0.66], [-1.3], [0.1]], [[-0.35], [-0.7], [1.2], [0.1]]], [[[0.8], [1.1], [1.2], [-1.3]], [[-0.3], [-1.14], [1.1], [0.5]]], [[[-0.1], [-0.5], [0.69], [0.8]], [[-0.5], [-0.7], [-1.21], [1.4]]]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
