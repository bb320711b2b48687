import torch
import torch.nn.functional as F
torch.manual_seed(100236)
a = torch.randn(2, 4, 3, requires_grad=True)
b = torch.randn(2, 4, 3, requires_grad=True)
c = torch.tensor([[[0.2, 0.0, -1.43], [-1.5, 1.7, 1.4], [1.7, -1.6, 1.1], [-1.9, 1.9, 0.91]], [[-1.26, 0.36, -0.54], [0.7, 0.54, 0.55], [0.06, -1.6, 0.3], [0.6, 0.7, 0.1]]], requires_grad=True)
try:
    t1 = a.min(2, keepdim=True).values
    t2 = torch.cat([c, t1], dim=2)
    t3 = t2 / (torch.linspace(-1.5, 1.5, 16).reshape((4, 4)).abs() + 1)
    t4 = t3.index_select(2, torch.tensor([2, 3, 2]))
    t5 = t4 @ torch.tensor([[-0.5, -1.0], [1.4, -0.6], [-0.4, 0.0]])
    t6 = t5.cumsum(-3)
    t7 = F.leaky_relu(t6, 0.1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 16).reshape((2, 4, 2)))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
