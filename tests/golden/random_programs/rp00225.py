import torch
import torch.nn.functional as F
torch.manual_seed(100225)
a = torch.tensor([[1.45, -0.4, -1.7], [0.43, -0.31, -1.8]], requires_grad=True)
try:
    t1 = a.chunk(3, 0)[1]
    t2 = t1.floor()
    t3 = torch.where(t2 < torch.tensor([-0.5, -1.2, 0.2]), t2, torch.tensor([-0.5, -1.2, 0.2]))
    t4 = t3.add(1.9, alpha=2)
    t5 = torch.relu(t4)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
