import torch
import torch.nn.functional as F
torch.manual_seed(100452)
a = torch.tensor([[[-0.62, -1.6, -0.5, 0.8], [-0.1, 1.7, 0.0, 1.2]], [[-0.5, 1.2, 1.6, -0.16], [-0.99, -0.1, 0.0, -1.2]], [[-0.89, 1.4, -0.8, -0.2], [-0.9, -0.8, -1.7, 0.68]]], requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a[:, 0]
    t2 = t1 + 0.0
    t2.sub_(b)
    t3 = t2.sum(0, keepdim=True)
    t4 = t3.unbind(-1)[2]
    t5 = torch.maximum(t4, t3)
    t6 = torch.sin(t5)
    t7 = torch.matmul(t6, torch.tensor([-1.1, 1.0, 0.3, 0.51]))
    t8 = -t7
    t9 = t8.clone()
    t10 = t9.clone()
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.tensor([1.19]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
