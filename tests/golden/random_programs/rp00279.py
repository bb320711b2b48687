import torch
import torch.nn.functional as F
torch.manual_seed(100279)
a = torch.tensor([[-1.67, -0.65], [0.49, -1.5], [-1.0, 0.26]], requires_grad=True)
b = torch.tensor([[-1.41, 1.61], [-1.4, 0.8], [-1.9, 0.22]], requires_grad=True)
c = torch.tensor([[1.4, -0.45], [1.7, -0.91], [1.2, 0.3]], requires_grad=True)
try:
    t1 = a.index_select(1, torch.tensor([1]))
    t2 = -t1
    t3 = t2 * b
    t4 = -2.09 + t3
    t5 = torch.exp(t4)
    t6 = torch.matmul(t5, torch.tensor([0.1, -1.1]))
    t7 = t6 ** 2
    t8 = torch.relu(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
