import torch
import torch.nn.functional as F
torch.manual_seed(100357)
a = torch.tensor([[[-0.39, -1.2, 0.2], [1.0, 0.84, -1.7], [-1.83, -1.12, -0.7]], [[-0.72, 0.12, -1.6], [1.4, -1.9, 1.5], [-0.8, 0.0, 1.23]], [[-0.9, -1.4, -0.7], [0.19, 0.8, 2.0], [-0.6, 0.8, 0.85]], [[0.85, 0.0, -1.2], [-0.8, 1.9, 0.3], [0.8, -0.7, 1.4]]], requires_grad=True)
try:
    t1 = a.add(-2.5, alpha=2)
    t1.mul_(-1.3)
    t2 = t1 @ torch.tensor([[-0.6, -0.35], [0.8, 1.2], [0.4, -1.0]])
    t3 = t2.amax(1, keepdim=True)
    t4 = 2.4 * t3
    t5 = t4.sum()
    t6 = t5[...]
    t7 = t6[None]
    t8 = F.mse_loss(t7, torch.zeros_like(t7))
    t8.add_(0.9)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
