import torch
import torch.nn.functional as F
torch.manual_seed(100439)
a = torch.tensor([[[1.04, 1.3, 1.2, -0.05], [-0.31, -0.4, -0.04, 0.2]], [[-1.9, -1.78, -0.7, 1.69], [-1.18, 0.9, 1.3, -0.9]], [[-1.12, 1.5, -1.83, -1.05], [-1.0, -0.5, 1.8, 0.2]]], requires_grad=True)
try:
    t1 = a.half()
    t2 = torch.cat((t1, torch.tensor([[[-1.2, 1.4, -1.4, -1.2], [0.7, -0.09, 0.1, -1.1]]], dtype=torch.float16)), 0)
    t3 = t2[torch.tensor([True, True, True, True])]
    t4 = t3[t3 > 0.8]
    t5 = t4 + -1.26
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
