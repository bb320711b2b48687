import torch
import torch.nn.functional as F
torch.manual_seed(100022)
a = torch.randn(4, 3, 2, requires_grad=True)
try:
    t1 = a.unbind(-1)[0]
    t2 = F.leaky_relu(t1, 0.1)
    t3 = torch.cat([t2, torch.tensor([[[-0.2, 1.16], [0.7, -0.1]], [[-1.1, 1.4], [0.9, -1.4]]])])
    t4 = F.softplus(t3)
    t5 = t4 + -1.3
    t6 = t5.std(0, correction=0)
    t7 = t6.cos()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
