import torch
import torch.nn.functional as F
torch.manual_seed(100169)
a = (torch.rand(1, 3, 2) + 0.5).requires_grad_()
b = torch.tensor([[[1.6, -1.84], [1.9, 1.2], [1.44, -1.1]]], requires_grad=True)
c = torch.tensor([[[0.61], [-0.5], [-1.8]]], requires_grad=True)
try:
    t1 = a.mean(dim=0, keepdim=True)
    t2 = torch.stack([t1, b], -4)
    t3 = torch.cat((t2, torch.tensor([[[[1.0], [0.94], [-1.11]]], [[[0.04], [-0.49], [-1.0]]]])), -1)
    t4 = torch.sign(t3)
    t5 = torch.relu(t4)
    t6 = torch.maximum(t5, t3)
    t7 = t6[torch.tensor([0, 0, 0, 0])]
    t7.sigmoid_()
    t8 = t7.to(dtype=torch.double)
    t9 = t8[:, 0]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
