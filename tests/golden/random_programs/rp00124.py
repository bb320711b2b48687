import torch
import torch.nn.functional as F
torch.manual_seed(100124)
a = torch.randn(3, 4, 0, requires_grad=True)
try:
    t1 = torch.mul(torch.zeros((3, 1, 0)), a)
    t2 = t1[2:3]
    t3 = t2.index_select(1, torch.tensor([2]))
    t4 = t3.floor()
    t5 = torch.stack([t4, t3], 3)
    t6 = t5 + -0.77
    t7 = torch.stack([t6, t6 * 0.5], 0)
    t8 = -t7
    t9 = F.softplus(t8)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.zeros((2, 1, 1, 0, 2)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
