import torch
import torch.nn.functional as F
torch.manual_seed(100072)
a = torch.randn(0, 1, requires_grad=True)
b = torch.randn(1, 1, requires_grad=True)
c = torch.tensor(-1.0, requires_grad=True)
try:
    t1 = a @ torch.tensor([[-1.2, -1.4], [0.1, -0.5]])
    t2 = F.mse_loss(t1, torch.zeros((0, 1)))
    t3 = t2[...]
    t4 = F.gelu(t3)
    t5 = t4[...]
    t6 = t5.add(1.3, alpha=2)
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
