import torch
import torch.nn.functional as F
torch.manual_seed(100430)
a = torch.tensor([[1.2, 0.9, 0.3]], requires_grad=True)
b = torch.randn(1, 3, requires_grad=True)
c = torch.randn(1, 3, requires_grad=True)
try:
    t1 = F.leaky_relu(a, 0.1)
    t2 = t1[torch.tensor([False])]
    t3 = torch.sigmoid(t2)
    t4 = t3.masked_fill(t3 < 0.7, -1.3)
    t5 = t4.flatten()
    t5.div_(1.64)
    t6 = torch.stack([t5, t5 * 0.5], -1)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.zeros((0, 2)))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
