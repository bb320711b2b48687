import torch
import torch.nn.functional as F
torch.manual_seed(100509)
a = torch.randn(3, 2, 4, dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.cat((a, torch.linspace(-1.5, 1.5, 24, dtype=torch.float64).reshape((3, 2, 4))), -2)
    t2 = F.binary_cross_entropy(torch.sigmoid(t1), torch.linspace(0.0, 1.0, 48, dtype=torch.float64).reshape((3, 4, 4)), reduction='none')
    t3 = t2.masked_fill(t2 < 35.2, -1.3)
    t4 = F.mse_loss(t3, torch.zeros_like(t3), reduction='none')
    t5 = t4[torch.tensor([0])]
    t6 = t5.float()
    t7 = t6.masked_fill(t6 < 92356644.3, 1.72)
    t8 = F.elu(t7)
    t9 = t8[:, None]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
