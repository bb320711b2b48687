import torch
import torch.nn.functional as F
torch.manual_seed(100313)
a = torch.tensor([[1.3, -0.7, 0.3], [0.5, 0.0, -1.1], [-0.6, 1.48, -1.1]], requires_grad=True)
try:
    t1 = a.half()
    t2 = t1[:, torch.tensor([2, 1])]
    t3 = t2.flatten(0, 1)
    t4 = torch.minimum(torch.tensor(0.0), t3)
    t5 = t4[t4 > -0.7]
    t6 = t5 + 1.8
    t7 = F.softplus(t6)
    t8 = 1.1 - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
