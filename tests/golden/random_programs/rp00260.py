import torch
import torch.nn.functional as F
torch.manual_seed(100260)
a = torch.tensor([[-0.2], [-2.0]], requires_grad=True)
try:
    t1 = torch.minimum(torch.tensor([[-1.46], [0.5], [1.0]]), a)
    t2 = t1.cos()
    t2.sigmoid_()
    t3 = t2 + -1.52
    t4 = 2.0 * t3
    t5 = torch.relu(t4)
    t6 = t5.cos()
    t7 = t6.sum()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
