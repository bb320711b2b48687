import torch
import torch.nn.functional as F
torch.manual_seed(100167)
a = torch.randn(4, 1, requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[-0.9, 0.1], [0.6, -1.0], [0.5, -1.2], [0.7, -0.9]])), -1)
    t2 = t1[torch.tensor([1, 2, 3])]
    t3 = t2 @ torch.tensor([[1.3, 0.6, -0.2], [-0.34, -1.2, 0.5], [-1.32, -0.2, 0.17]])
    t4 = t3.cos()
    t5 = torch.maximum(t4, t2)
    t6 = t5.mean(dim=1)
    t7 = torch.lerp(t6, t4, 0.25)
    t8 = torch.softmax(t7, dim=0)
    t9 = t8[:, None]
    t10 = torch.stack([t9, t9 * 0.5], -2)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 18).reshape((3, 1, 2, 3)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
