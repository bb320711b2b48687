import torch
import torch.nn.functional as F
torch.manual_seed(100358)
a = torch.tensor([[[1.1, 0.2]], [[-1.3, -0.5]], [[-1.46, 1.7]], [[-1.7, -1.13]]], requires_grad=True)
try:
    t1 = a * 1.0
    t1.relu_()
    t2 = t1.chunk(2, 0)[0]
    t3 = t2.sum()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
