import torch
import torch.nn.functional as F
torch.manual_seed(100003)
a = torch.tensor([[0.0, -1.3, -1.04], [-1.63, 1.06, 1.5], [1.8, 1.6, 1.8], [0.51, -0.9, 1.2]], requires_grad=True)
try:
    t1 = a[-3]
    t2 = t1 @ torch.tensor([[0.8, 0.9], [0.7, 0.93], [-0.1, -0.86]])
    t3 = t2 / -2.2
    t4 = torch.logsumexp(t3, 0)
    t5 = t4 + a
    t5.sub_(t1)
    t6 = t5.mT
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
