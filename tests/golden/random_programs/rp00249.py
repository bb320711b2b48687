import torch
import torch.nn.functional as F
torch.manual_seed(100249)
a = (torch.rand(3, 3) + 0.5).requires_grad_()
b = torch.tensor([0.2, 0.59, 0.53], requires_grad=True)
try:
    t1 = a * 1.0
    t1.clamp_(-1.3, 1.3)
    t2 = torch.cat([a, t1], dim=0)
    t3 = t2.tanh()
    t4 = t3[0:7]
    t5 = F.binary_cross_entropy(torch.sigmoid(t4), torch.linspace(0.0, 1.0, 18).reshape((6, 3)), reduction='sum')
    t6 = t5[...]
    t7 = torch.lerp(t6, torch.tensor([-0.48, -0.48]), 0.25)
    t8 = torch.stack([t7, t7 * 0.5], -1)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
