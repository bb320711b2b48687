import torch
import torch.nn.functional as F
torch.manual_seed(100231)
a = torch.randn((), requires_grad=True)
b = torch.tensor(-0.7, requires_grad=True)
try:
    t1 = a[None]
    t2 = torch.relu(t1)
    t3 = t2.flatten()
    t4 = torch.mul(b, t3)
    t5 = torch.gather(t4, 0, torch.tensor([0, 0, 0]))
    t6 = torch.maximum(t5, t4)
    t7 = t6 + t4
    t8 = t7[::2]
    t9 = torch.softmax(t8, dim=0)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
