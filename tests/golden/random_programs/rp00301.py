import torch
import torch.nn.functional as F
torch.manual_seed(100301)
a = torch.randn(0, requires_grad=True)
try:
    t1 = a.cos()
    t1.sigmoid_()
    t2 = torch.sigmoid(t1)
    t3 = t2 + 0.0
    t3.sub_(t2)
    t4 = t3.unsqueeze(-1)
    t5 = t4[:, 0]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
