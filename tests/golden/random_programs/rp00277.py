import torch
import torch.nn.functional as F
torch.manual_seed(100277)
a = (torch.rand(1) + 0.5).requires_grad_()
b = (torch.rand(1) + 0.5).requires_grad_()
try:
    t1 = torch.where(a > 1.4, a, -0.7)
    t2 = t1.clone()
    t3 = F.relu6(t2)
    t4 = t3.sum(0)
    t5 = t4.half()
    t6 = torch.relu(t5)
    t7 = t6 + 0.0
    t7.relu_()
    t8 = t7.add(-2.4, alpha=2)
    t9 = torch.stack([t8, t6], 0)
    t10 = torch.where(t9 < t4, t9, t4)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
