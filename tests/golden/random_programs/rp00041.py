import torch
import torch.nn.functional as F
torch.manual_seed(100041)
a = torch.tensor([[1.1], [1.6]], requires_grad=True)
b = torch.tensor([[-0.32], [-1.64]], requires_grad=True)
try:
    t1 = F.mse_loss(a, torch.tensor([[-1.1], [-1.39]]), reduction='sum')
    t2 = t1.to(t1.dtype)
    t3 = t2.long().softmax(0)
    t4 = 1.29 * t3
    t5 = t4.square()
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
