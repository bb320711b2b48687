import torch
import torch.nn.functional as F
torch.manual_seed(100220)
a = torch.randn(4, 2, requires_grad=True)
b = torch.randn(1, 1, requires_grad=True)
c = torch.tensor([[-1.37, -0.52], [0.22, -0.62], [-0.4, 1.73], [-1.0, 1.4]], requires_grad=True)
try:
    t1 = torch.tensor([[0.4, -0.07, -1.24, 0.8], [0.7, -0.51, 1.2, -0.3], [-0.5, 0.11, 0.6, 0.34]]) @ a
    t2 = torch.gather(t1, 1, torch.tensor([[0, 1, 0], [0, 0, 1], [0, 1, 0]]))
    t3 = torch.sign(t2)
    t4 = t3 @ t1
    t5 = torch.stack([t4, t1], 1)
    t6 = t5.add(1.5, alpha=2)
    t7 = torch.maximum(t6, b)
    t8 = torch.matmul(t7, torch.tensor([-1.21, -1.2]))
    t9 = t8[t8 > -62.27]
    t10 = F.leaky_relu(t9, 0.1)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
