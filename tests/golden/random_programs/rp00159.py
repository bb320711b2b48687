import torch
import torch.nn.functional as F
torch.manual_seed(100159)
a = torch.randn(3, 4, requires_grad=True)
b = torch.tensor([[1.3, -0.15, 0.0, -0.3], [-0.86, -0.1, 0.2, 0.6], [-1.8, 0.8, -1.89, -0.64]], requires_grad=True)
try:
    t1 = a + b
    t1.clamp_(-0.7, 0.7)
    t2 = 1.4 - t1
    t3 = t2 / (torch.tensor([[-0.6], [-1.1], [-1.0]]).abs() + 1)
    t4 = -t3
    t5 = torch.gather(t4, 1, torch.tensor([[1, 3, 2], [3, 2, 0], [0, 2, 0]]))
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
