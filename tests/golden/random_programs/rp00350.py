import torch
import torch.nn.functional as F
torch.manual_seed(100350)
a = torch.tensor([[[-1.26], [-0.2], [1.1], [-1.6]], [[0.6], [-1.09], [-1.5], [-1.6]], [[-0.9], [-0.1], [2.0], [0.5]]], requires_grad=True)
try:
    t1 = a.norm(p=1, dim=-2)
    t2 = torch.cat((t1, torch.tensor([[-0.25], [0.02]])), -2)
    t3 = t2 @ torch.tensor([[0.31, 0.76], [1.0, -0.41]])
    t4 = t3.chunk(2, 0)[1]
    t5 = t4 @ torch.tensor([[0.7, -0.8, 0.2]])
    t6 = t5 * t4
    t7 = torch.cat([t5, t6], dim=0)
    t8 = t7 + 1.41
    t9 = t8[:, torch.tensor([1, 1])]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
