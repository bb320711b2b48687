import torch
import torch.nn.functional as F
torch.manual_seed(100327)
a = torch.tensor([1.25, -1.76, 0.0], requires_grad=True)
b = torch.tensor([1.9, -0.2, 1.09], requires_grad=True)
c = torch.tensor(0.3, requires_grad=True)
try:
    t1 = a - -1.7
    t2 = t1.abs()
    t3 = t2.flatten()
    t3.relu_()
    t4 = torch.mul(t2, t3)
    t5 = t4.amax(0)
    t6 = F.leaky_relu(t5, 0.1)
    t7 = t6.clone()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
