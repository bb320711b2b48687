import torch
import torch.nn.functional as F
torch.manual_seed(100339)
a = torch.randn(2, 1, 1, requires_grad=True)
try:
    t1 = F.leaky_relu(a, 0.1)
    t2 = t1.tanh()
    t3 = t2 * 1.7
    t4 = t3[::2]
    t5 = F.mse_loss(t4, torch.zeros_like(t4), reduction='none')
    t6 = t5.double()
    t6.clamp_(-1.43, 1.43)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
