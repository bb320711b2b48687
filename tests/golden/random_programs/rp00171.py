import torch
import torch.nn.functional as F
torch.manual_seed(100171)
a = torch.tensor([[-1.9, -1.52, -0.2, 1.7]], requires_grad=True)
try:
    t1 = a / (torch.tensor([[[0.5]], [[0.8]]]).abs() + 1)
    t2 = t1.to(dtype=torch.double)
    t3 = 2.7 - t2
    t4 = t3 + torch.tensor([[[-1.45, 0.79, -0.4, -0.5]], [[0.1, 0.9, -0.9, -0.1]]])
    t5 = torch.matmul(t4, torch.tensor([-0.61, -1.0, 0.6, -1.0], dtype=torch.float64))
    t6 = t5[t5 > -21.9]
    t7 = F.softplus(t6)
    t8 = torch.relu(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
