import torch
import torch.nn.functional as F
torch.manual_seed(100040)
a = torch.randn(1, 2, requires_grad=True)
b = torch.tensor([[-1.2, 1.2]], requires_grad=True)
try:
    t1 = a.clone()
    t1.masked_fill_(t1 > 1.6, 1.6)
    t2 = t1 @ torch.tensor([[-0.3, -0.74, -0.4], [-1.1, 0.8, -0.1]])
    t3 = torch.where(t2 < torch.tensor([[-0.1, 1.2, -0.7]]), t2, torch.tensor([[-0.1, 1.2, -0.7]]))
    t4 = t3[0:0]
    t5 = torch.stack([t4, t4 * 0.5], 0)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.zeros((2, 0, 3)))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
