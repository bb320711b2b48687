import torch
import torch.nn.functional as F
torch.manual_seed(100349)
a = (torch.rand(3, 1, dtype=torch.float64) + 0.5).requires_grad_()
b = torch.randn(3, 1, dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.mul(b, a)
    t2 = t1[3:3]
    t3 = F.cross_entropy(t2, torch.tensor([]), reduction='none', label_smoothing=0.1)
    t4 = t3 / -0.6
    t5 = t4.mean(dim=0, keepdim=True)
    t6 = t5 / 1.5
    t7 = t6 @ torch.tensor([[-0.01, 1.16, -0.51]], dtype=torch.float64)
    t8 = -t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
