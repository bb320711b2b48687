import torch
import torch.nn.functional as F
torch.manual_seed(100221)
a = torch.tensor([[[-0.6, 1.8, -0.15], [-1.8, -1.14, 0.1], [0.2, 0.9, -1.06]]], requires_grad=True)
b = torch.tensor([[[1.7], [0.7], [1.53]]], requires_grad=True)
c = torch.tensor([[[-0.8, -0.2, 0.9], [0.53, -1.2, -1.8], [1.3, 0.98, 1.78]]], requires_grad=True)
try:
    t1 = a.reshape(-1)
    t2 = -t1
    t3 = t2 - -2.3
    t4 = torch.cat((t3, torch.tensor([0.4, -0.2])), -1)
    t5 = t4.mean(dim=-1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
