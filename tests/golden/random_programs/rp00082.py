import torch
import torch.nn.functional as F
torch.manual_seed(100082)
a = torch.tensor([[-0.3, 0.43, -0.1], [0.04, 0.43, 0.51], [-1.9, -1.14, -1.0], [-0.1, 1.7, -0.5]], requires_grad=True)
try:
    t1 = F.smooth_l1_loss(a, torch.tensor([[-1.3, 0.0, -0.2], [-1.46, 0.2, -1.15], [-0.57, -1.25, -0.6], [-0.8, -1.2, 0.48]]))
    t2 = torch.where(t1 > 148.2, t1, 1.8)
    t3 = t2.unsqueeze(0)
    t3.mul_(-1.0)
    t4 = F.gelu(t3)
    t5 = t4.expand(1)
    t6 = torch.maximum(t5, t4)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([1.0]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
