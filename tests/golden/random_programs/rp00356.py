import torch
import torch.nn.functional as F
torch.manual_seed(100356)
a = torch.tensor([[[-0.99, 1.83, -0.8, 0.8], [1.76, -1.4, -0.8, -1.3], [0.2, 1.2, 2.0, 0.1]], [[0.1, -0.2, -1.34, 0.5], [-0.5, 1.8, -1.3, -1.36], [1.76, 0.6, 0.0, 1.77]], [[0.81, -1.0, 1.8, -0.59], [-1.71, 0.9, 0.7, 1.34], [-0.92, -1.2, -0.21, -1.17]], [[-0.8, 0.8, -1.4, -1.5], [-1.3, 0.5, 1.48, -0.36], [-0.8, 1.2, 1.6, 0.2]]], requires_grad=True)
try:
    t1 = a.index_select(2, torch.tensor([1, 0, 1]))
    t2 = t1[torch.tensor([2])]
    t3 = torch.neg(t2)
    t4 = t1 - t3
    t5 = t4.clamp(-1.0, 1.3)
    t6 = t5 + t3
    t7 = torch.cat([t1, t6], dim=2)
    t8 = t7 / (torch.linspace(-1.5, 1.5, 24).reshape((4, 1, 6)).abs() + 1)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
