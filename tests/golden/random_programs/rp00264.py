import torch
import torch.nn.functional as F
torch.manual_seed(100264)
a = torch.tensor([[[-1.4, 0.8], [1.64, -0.4]]], requires_grad=True)
b = torch.tensor([[[-1.7, 1.62], [0.9, 0.1]]], requires_grad=True)
c = torch.tensor([[[-1.62, -1.5], [-1.7, -1.4]]], requires_grad=True)
try:
    t1 = torch.sum(a, dim=-2)
    t2 = t1 * -2.6
    t3 = torch.mul(b, t2)
    t4 = t3 @ torch.tensor([[-1.0, 0.7, 0.6], [1.4, -1.1, 0.33]])
    t5 = t4.norm(dim=0)
    t6 = t5 + torch.tensor([[[-0.6, -0.3, 0.6], [0.0, 0.8, -1.3]], [[0.92, 0.5, 0.65], [0.8, -0.16, 0.7]]])
    t7 = t6[:, None]
    t8 = t7.var(0)
    t9 = t8[torch.tensor([False])]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
