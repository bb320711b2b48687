import torch
import torch.nn.functional as F
torch.manual_seed(100145)
a = torch.tensor([-0.12, -1.5, 0.3, 0.97], requires_grad=True)
try:
    t1 = -1.21 + a
    t2 = torch.lerp(t1, a, 0.25)
    t3 = t2.unsqueeze(0)
    t4 = -1.4 + t3
    t5 = F.huber_loss(t4, torch.tensor([[1.0, 0.9, -0.7, -1.0]]))
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
