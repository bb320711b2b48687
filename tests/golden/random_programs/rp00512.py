import torch
import torch.nn.functional as F
torch.manual_seed(100512)
a = torch.tensor([-1.5, -0.6], dtype=torch.float64, requires_grad=True)
b = torch.randn((), dtype=torch.float64, requires_grad=True)
c = torch.tensor([1.7, 0.8], requires_grad=True)
try:
    t1 = a.clone()
    t1.sigmoid_()
    t2 = torch.sin(t1)
    t3 = t2[None]
    t4 = torch.logsumexp(t3, 1, keepdim=True)
    t4.masked_fill_(t4 > 1.62, 1.62)
    t5 = torch.mul(torch.tensor([[0.4]]), t4)
    t6 = t5.clone()
    t7 = t6.prod(1, keepdim=True)
    t8 = t7.squeeze(0)
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
