import torch
import torch.nn.functional as F
torch.manual_seed(100067)
a = torch.tensor([[1.8, -0.3, -0.6], [-1.16, -1.6, -1.85], [-0.1, 1.3, 0.8], [-1.9, 1.84, 1.0]], requires_grad=True)
b = torch.randn(4, 3, requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[-0.7, -0.2, 1.0]])), 0)
    t2 = t1.add(2.4, alpha=2)
    t2.clamp_(-1.5, 1.5)
    t3 = F.elu(t2)
    t4 = t3.reshape(15)
    t5 = 0.92 - t4
    t6 = t5 @ torch.tensor([[1.14, -1.0], [-0.8, -0.15], [1.0, 0.4], [-0.8, 0.1], [1.05, 1.2], [0.9, -0.8], [-0.5, -1.4], [-0.8, 0.69], [-0.5, 0.6], [0.7, -1.3], [-1.3, -1.1], [1.5, 1.42], [-0.3, 1.2], [0.35, 0.0], [0.53, -0.56]])
    t7 = t6[..., 0, None]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([-1.1]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
