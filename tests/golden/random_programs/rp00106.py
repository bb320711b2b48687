import torch
import torch.nn.functional as F
torch.manual_seed(100106)
a = torch.tensor([[[0.0, 0.3, 1.9], [-1.94, 0.7, 0.47]], [[0.6, -0.6, -0.9], [1.4, 0.6, 1.4]], [[1.9, 1.3, -1.3], [-1.12, 1.6, 0.4]]], requires_grad=True)
try:
    t1 = a.cos()
    t2 = t1.cumsum(-1)
    t3 = torch.relu(t2)
    t4 = torch.stack([t3, t2], -4)
    t5 = t4.var(1, unbiased=False)
    t5[0] = 1.7
    t6 = torch.cat((t5, torch.tensor([[[0.65, -1.5, -0.9]], [[-0.7, -1.34, -1.06]]])), 1)
    t7 = torch.neg(t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
