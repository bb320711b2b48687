import torch
import torch.nn.functional as F
torch.manual_seed(100238)
a = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
b = torch.randn(1, 2, dtype=torch.float64, requires_grad=True)
try:
    t1 = a.index_select(1, torch.tensor([1, 0, 0, 0]))
    t2 = t1 - 1.5
    t3 = t2 - torch.tensor([[-0.9], [-0.4], [-0.9]])
    t4 = torch.tensor([[-0.2, 0.47, -0.1], [0.97, 0.82, 0.15], [-1.2, 0.3, -1.3]], dtype=torch.float64) @ t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
