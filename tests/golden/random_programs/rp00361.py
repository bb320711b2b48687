import torch
import torch.nn.functional as F
torch.manual_seed(100361)
a = torch.randn(2, 2, 3, requires_grad=True)
b = (torch.rand(2, 2, 3) + 0.5).requires_grad_()
c = torch.tensor([[[0.3, 0.5, -1.3], [1.2, 1.8, -1.8]], [[0.25, -0.5, -0.1], [0.9, 0.4, -0.2]]], requires_grad=True)
try:
    t1 = torch.cat([c, a], dim=1)
    t2 = t1 * 0.8
    t3 = torch.stack([t2, t1], -3)
    t3.relu_()
    t4 = -1.0 * t3
    t5 = t4.clone()
    t6 = t5[::3]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([[[[-0.28, -0.6, -1.22], [-0.6, -1.2, -1.0], [-0.3, -0.3, -0.58], [0.28, -0.4, 0.6]], [[0.1, 0.6, 0.6], [0.74, -1.03, -0.9], [-0.4, -1.4, -0.1], [0.93, 0.9, 0.36]]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
