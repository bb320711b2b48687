import torch
import torch.nn.functional as F
torch.manual_seed(100158)
a = (torch.rand(1, 1, dtype=torch.float64) + 0.5).requires_grad_()
b = torch.tensor(-0.7, dtype=torch.float64, requires_grad=True)
c = torch.tensor(0.3, requires_grad=True)
try:
    t1 = torch.maximum(a, torch.tensor([[-1.1]]))
    t2 = F.softplus(t1)
    t3 = t2 @ a
    t4 = F.binary_cross_entropy(torch.sigmoid(t3), torch.tensor([[0.82]], dtype=torch.float64), reduction='sum')
    t5 = t4.clone()
    t5.masked_fill_(t5 > 1.8, 1.8)
    t6 = t5.unsqueeze(0)
    t7 = t6.clone()
    t8 = t7[0:2]
    t9 = torch.neg(t8)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([-1.2], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
