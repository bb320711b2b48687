import torch
import torch.nn.functional as F
torch.manual_seed(100214)
a = torch.tensor([[1.37, 0.2, -1.5, -0.6], [-0.1, 2.0, 1.9, 1.0], [-1.8, 0.0, -2.0, -1.7], [1.0, 1.0, 1.2, -1.6]], dtype=torch.float64, requires_grad=True)
b = torch.randn(4, 4, dtype=torch.float64, requires_grad=True)
c = torch.randn(4, 4, requires_grad=True)
try:
    t1 = a.add(-2.7, alpha=2)
    t2 = t1.sum(3)
    t3 = 2.35 - t2
    t4 = F.leaky_relu(t3, 0.1)
    t4.sigmoid_()
    t5 = F.l1_loss(t4, torch.tensor(-0.6, dtype=torch.float64))
    t6 = t5 - 1.4
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
