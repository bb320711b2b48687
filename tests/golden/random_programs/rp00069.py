import torch
import torch.nn.functional as F
torch.manual_seed(100069)
a = torch.randn(1, 3, 2, requires_grad=True)
b = torch.randn(1, 3, 2, requires_grad=True)
c = torch.tensor([[[-0.54]]], requires_grad=True)
try:
    t1 = a.mT
    t2 = t1[..., 1, None]
    t3 = torch.mul(c, t2)
    t4 = torch.stack([t3, t3 * 0.5], 3)
    t5 = t4 * b
    t6 = torch.relu(t5)
    t7 = t6.transpose(3, 0)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
