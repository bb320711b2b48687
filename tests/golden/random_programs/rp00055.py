import torch
import torch.nn.functional as F
torch.manual_seed(100055)
a = torch.tensor([1.3], requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = a.clone()
    t1.sigmoid_()
    t2 = t1.add(0.8, alpha=2)
    t3 = 2.3 * t2
    t4 = t3.clamp(4.9, 6.3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
