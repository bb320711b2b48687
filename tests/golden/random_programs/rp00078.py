import torch
import torch.nn.functional as F
torch.manual_seed(100078)
a = torch.tensor([[[0.8, 1.9, -1.9], [-0.3, 1.5, -1.2], [0.5, 0.8, -0.5], [1.06, 1.46, 1.32]]], requires_grad=True)
b = torch.tensor([[[-1.1, -1.4, -0.8], [-0.22, 1.4, 1.2], [1.6, -0.5, -0.1], [1.4, -0.1, 1.0]]], requires_grad=True)
c = torch.tensor([[[-0.5, 0.4, 0.0], [-0.9, 0.4, -0.4], [0.3, 0.8, 1.1], [-0.56, 0.4, 0.01]]], requires_grad=True)
try:
    t1 = torch.exp(a)
    t2 = t1 + -2.2
    t3 = t2.permute(1, 2, 0)
    t4 = t3[:, None]
    t5 = t4[:, None]
    t6 = torch.cat((t5, torch.tensor([[[[[-1.2], [0.1], [1.49]]]], [[[[1.2], [-0.9], [-0.59]]]]])), -5)
    t7 = torch.where(t6 > 1.07, t6, -2.9)
    t8 = t7.clone()
    t9 = t8.clone()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 18).reshape((6, 1, 1, 3, 1)))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
