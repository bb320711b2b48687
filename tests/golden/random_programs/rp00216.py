import torch
import torch.nn.functional as F
torch.manual_seed(100216)
a = torch.tensor([[[1.5], [0.0], [-1.9]], [[1.8], [1.9], [-1.1]], [[1.62], [-2.0], [-0.15]]], requires_grad=True)
b = (torch.rand(3, 3, 1) + 0.5).requires_grad_()
try:
    t1 = a.squeeze()
    t2 = torch.tensor([[-1.5, -1.1, -1.11], [-0.3, -0.8, -0.93]]) @ t1
    t3 = torch.matmul(t2, torch.tensor([-0.21, 1.4, -0.98]))
    t4 = -2.7 + t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([1.3, -0.9]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
