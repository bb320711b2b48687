import torch
import torch.nn.functional as F
torch.manual_seed(100504)
a = torch.randn(3, 0, requires_grad=True)
b = torch.randn(3, 0, requires_grad=True)
try:
    t1 = F.softplus(a)
    t2 = torch.mul(b, t1)
    t3 = torch.softmax(t2, dim=1)
    t4 = t3 / (torch.tensor([[-0.81], [0.3], [-0.54]]).abs() + 1)
    t5 = t4 / (t3.abs() + 1)
    t6 = t5.unsqueeze(-1)
    t7 = torch.mul(torch.tensor([[[-1.3]], [[-1.5]], [[1.2]]]), t6)
    t8 = t7 / (t6.abs() + 1)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
