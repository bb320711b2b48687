import torch
import torch.nn.functional as F
torch.manual_seed(100026)
a = torch.tensor([[-0.8, -1.56], [0.13, 1.1]], requires_grad=True)
try:
    t1 = a.clone()
    t1.masked_fill_(t1 > 1.0, 1.0)
    t2 = t1.sum(1)
    t3 = torch.softmax(t2, dim=0)
    t4 = t3.narrow(-1, 0, 2)
    t5 = t4.add(-1.0, alpha=2)
    t6 = t5 - 1.92
    t6[..., 1:].mul_(0.66)
    t7 = t6.chunk(2, 0)[1]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([0.8]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
