import torch
import torch.nn.functional as F
torch.manual_seed(100138)
a = torch.randn(2, dtype=torch.float64, requires_grad=True)
b = torch.tensor(0.4, requires_grad=True)
c = torch.tensor([-0.3, 0.44], requires_grad=True)
try:
    t1 = -1.7 + a
    t2 = t1.float()
    t3 = t2.amax(0, keepdim=True)
    t4 = t3.narrow(0, 0, 1)
    t4.relu_()
    t5 = t4.narrow(0, 0, 1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
