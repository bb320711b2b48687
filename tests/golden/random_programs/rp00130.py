import torch
import torch.nn.functional as F
torch.manual_seed(100130)
a = torch.tensor([[[-0.39, 1.5, 1.57], [-1.4, -1.25, 1.61]], [[-1.8, -1.8, 0.1], [-1.2, -0.03, -0.73]]], requires_grad=True)
b = torch.randn(2, 3, requires_grad=True)
try:
    t1 = a * 1.0
    t1.masked_fill_(t1 > 1.7, 1.7)
    t2 = t1.transpose(0, 1).view(-1)
    t3 = t2 / -0.7
    t4 = t3.reshape(6, 2)
    t5 = t4 * torch.tensor([[-0.2], [0.6], [0.84], [-0.54], [0.23], [0.47]])
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
