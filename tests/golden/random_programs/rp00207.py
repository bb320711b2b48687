import torch
import torch.nn.functional as F
torch.manual_seed(100207)
a = torch.tensor([1.09, -0.8, -0.33, -0.9], requires_grad=True)
b = torch.randn(4, requires_grad=True)
c = torch.tensor(-0.78, requires_grad=True)
try:
    t1 = a.cos()
    t2 = t1[6]
    t3 = torch.exp(t2)
    t4 = t3[...]
    t5 = t4.mean()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
