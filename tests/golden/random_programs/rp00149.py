import torch
import torch.nn.functional as F
torch.manual_seed(100149)
a = torch.randn(2, dtype=torch.float64, requires_grad=True)
b = (torch.rand(2) + 0.5).requires_grad_()
c = (torch.rand(2, dtype=torch.float64) + 0.5).requires_grad_()
try:
    t1 = F.binary_cross_entropy(torch.sigmoid(a), torch.tensor([0.1, 0.96], dtype=torch.float64))
    t2 = t1 + torch.tensor(-0.3)
    t3 = t2.sum()
    t4 = t3[None]
    t5 = t4 * t2
    t6 = t5 * t2
    t7 = F.gelu(t6)
    t8 = t7.clone()
    t9 = t8.tanh()
    t10 = t9.clone()
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.tensor([0.6], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
