import torch
import torch.nn.functional as F
torch.manual_seed(100399)
a = torch.randn(3, 1, requires_grad=True)
b = torch.tensor([[-1.2], [-1.9], [-1.9]], requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = torch.logsumexp(a, 1)
    t2 = F.smooth_l1_loss(t1, torch.tensor([-0.9, 1.4, -0.97]), reduction='none')
    t3 = t2 * -1.97
    t4 = torch.relu(t3)
    t5 = t4.amax(0, keepdim=True)
    t6 = t5.narrow(0, 0, 1)
    t7 = t6.add(-2.7, alpha=2)
    t8 = t7[0:1]
    t9 = torch.sign(t8)
    t9.clamp_(-1.9, 1.9)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
