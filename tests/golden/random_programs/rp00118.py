import torch
import torch.nn.functional as F
torch.manual_seed(100118)
a = torch.randn(1, 2, 1, requires_grad=True)
b = torch.tensor([[[1.1], [-1.3]]], requires_grad=True)
try:
    t1 = a.flatten()
    t2 = t1 * 0.9
    t3 = t2.clone()
    t4 = F.binary_cross_entropy(torch.sigmoid(t3), torch.tensor([0.0, 0.24]))
    t5 = t4.add(1.0, alpha=2)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
