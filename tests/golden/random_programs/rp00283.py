import torch
import torch.nn.functional as F
torch.manual_seed(100283)
a = (torch.rand(2, 2) + 0.5).requires_grad_()
try:
    t1 = a.flatten(0, 1)
    t2 = t1 + 0.0
    t2.add_(1.2)
    t3 = t2 ** 2
    t4 = t3[torch.tensor([True, True, True, True])]
    t5 = t4 * 0.78
    t6 = torch.logsumexp(t5, -1, keepdim=True)
    t7 = t5 - t6
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
