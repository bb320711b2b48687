import torch
import torch.nn.functional as F
torch.manual_seed(100002)
a = torch.tensor([[[-1.39, -0.5, -1.9, 1.1]], [[-0.87, -0.5, 0.27, -1.7]]], requires_grad=True)
b = torch.randn(1, 4, requires_grad=True)
try:
    t1 = F.smooth_l1_loss(a, torch.tensor([[[0.5, 0.4, 0.4, 0.0]], [[-0.95, -0.1, 0.3, 0.0]]]))
    t2 = 0.73 + t1
    t3 = t2.amax()
    t4 = t3 / -1.9
    t5 = t4.clone()
    t5.mul_(0.6)
    t6 = torch.stack([t5, t5 * 0.5], 0)
    t7 = t6.clone()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([0.08, 0.9]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
