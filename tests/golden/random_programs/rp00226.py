import torch
import torch.nn.functional as F
torch.manual_seed(100226)
a = torch.randn(2, 2, 3, requires_grad=True)
try:
    t1 = torch.sum(a, dim=0)
    t2 = -t1
    t3 = torch.stack([t2, t1], 2)
    t4 = -2.98 * t3
    t5 = torch.sigmoid(t4)
    t6 = torch.gather(t5, -1, torch.tensor([[[1], [0], [0]], [[1], [1], [1]]]))
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
