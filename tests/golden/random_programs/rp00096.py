import torch
import torch.nn.functional as F
torch.manual_seed(100096)
a = torch.tensor([[-0.99, -0.7], [0.0, -1.28], [-1.3, 1.6]], requires_grad=True)
b = torch.tensor([[0.32, 1.6], [0.1, 0.2], [0.87, -1.4]], requires_grad=True)
try:
    t1 = a * b
    t2 = t1[:, torch.tensor([0, 0])]
    t3 = t2.long()
    t4 = t3.unsqueeze(2)
    t5 = -1.7 - t4
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
