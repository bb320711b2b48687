import torch
import torch.nn.functional as F
torch.manual_seed(100242)
a = torch.randn(2, requires_grad=True)
b = torch.tensor([0.4, -1.7], requires_grad=True)
c = torch.tensor([-1.0, 0.5], requires_grad=True)
try:
    t1 = torch.sum(a, dim=0, keepdim=True)
    t2 = F.relu6(t1)
    t3 = t2 * -0.5
    t4 = torch.minimum(torch.tensor([-0.3]), t3)
    t5 = t4.clone()
    t6 = t5.clone()
    t7 = t6 / 1.2
    t7.sigmoid_()
    t8 = t7.amax(0)
    t9 = F.mse_loss(t8, torch.zeros_like(t8))
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
