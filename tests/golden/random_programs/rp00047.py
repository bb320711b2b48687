import torch
import torch.nn.functional as F
torch.manual_seed(100047)
a = (torch.rand(1, 3, 3) + 0.5).requires_grad_()
try:
    t1 = a.mean(dim=2)
    t2 = F.leaky_relu(t1, 0.1)
    t3 = t2.squeeze(0)
    t4 = t3 @ torch.tensor([[-0.4, 0.9, 0.6], [-0.2, -1.5, 0.2], [-0.5, -0.97, -1.5]])
    t5 = t4.reshape(3, 1)
    t6 = -0.76 * t5
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
