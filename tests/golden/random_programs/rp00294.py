import torch
import torch.nn.functional as F
torch.manual_seed(100294)
a = torch.randn(3, requires_grad=True)
try:
    t1 = torch.exp(a)
    t2 = torch.relu(t1)
    t3 = t2.add(0.8, alpha=2)
    t4 = torch.where(t3 < a, t3, a)
    t5 = t4 + -1.7
    t6 = t5 * 1.5
    t7 = t6.mean()
    t8 = torch.relu(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
