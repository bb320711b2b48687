import torch
import torch.nn.functional as F
torch.manual_seed(100455)
a = (torch.rand(2) + 0.5).requires_grad_()
b = torch.tensor([-0.9], requires_grad=True)
c = torch.randn(2, requires_grad=True)
try:
    t1 = torch.stack([a, a * 0.5], 1)
    t2 = torch.where(t1 > 1.11, t1, -2.5)
    t3 = t2.sum(-1, keepdim=True)
    t4 = F.binary_cross_entropy(torch.sigmoid(t3), torch.tensor([[0.6], [0.82]]), reduction='sum')
    t5 = t4.view(())
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
