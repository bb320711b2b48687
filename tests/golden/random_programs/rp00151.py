import torch
import torch.nn.functional as F
torch.manual_seed(100151)
a = torch.tensor([[[-0.9], [0.3]], [[1.4], [0.8]], [[0.6], [0.51]]], requires_grad=True)
b = torch.randn(3, 2, 1, requires_grad=True)
c = torch.randn(3, 2, 1, requires_grad=True)
try:
    t1 = -a
    t2 = t1.var(-3)
    t3 = F.relu6(t2)
    t4 = t3.to(torch.float64)
    t5 = torch.minimum(torch.tensor([[0.1], [1.15]]), t4)
    t6 = torch.sum(t5, dim=0, keepdim=True)
    t7 = torch.cat((t6, torch.tensor([[0.07]], dtype=torch.float64)), 1)
    t8 = F.smooth_l1_loss(t7, torch.tensor([[0.33, -0.4]], dtype=torch.float64))
    t9 = t8 - -2.0
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
