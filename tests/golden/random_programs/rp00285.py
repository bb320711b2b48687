import torch
import torch.nn.functional as F
torch.manual_seed(100285)
a = torch.tensor([[-0.39, -1.6, -1.8], [2.0, 0.4, -1.24]], requires_grad=True)
b = torch.tensor([[-0.3, 0.83, -0.5], [0.6, -1.2, -0.9]], requires_grad=True)
try:
    t1 = torch.cat([b, a], dim=0)
    t2 = t1 @ torch.tensor([[0.5], [0.3], [-0.4]])
    t3 = torch.cat([t1, t2], dim=-1)
    t4 = t3[:, None]
    t5 = t2 - t4
    t6 = torch.maximum(t5, torch.linspace(-1.5, 1.5, 16).reshape((4, 4, 1)))
    t7 = t6.mean(dim=0, keepdim=True)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
