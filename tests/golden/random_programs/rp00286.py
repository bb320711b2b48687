import torch
import torch.nn.functional as F
torch.manual_seed(100286)
a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([0.9, -1.2])), 0)
    t2 = torch.stack([t1, t1 * 0.5], -2)
    t3 = torch.cat((t2, torch.tensor([[1.3, -0.6, 0.7]])), 0)
    t4 = torch.lerp(t3, torch.tensor(-0.6), 0.25)
    t4[0] = 1.6
    t5 = F.l1_loss(t4, torch.tensor([[0.45, 0.65, 0.9], [0.4, -0.8, 0.8], [-0.63, -0.5, -1.1]]), reduction='none')
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
