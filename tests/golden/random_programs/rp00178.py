import torch
import torch.nn.functional as F
torch.manual_seed(100178)
a = torch.tensor([[1.4], [1.66], [1.2]], requires_grad=True)
b = torch.tensor([[-1.6], [-1.8], [-0.1]], requires_grad=True)
try:
    t1 = F.softplus(a)
    t2 = torch.mul(torch.tensor([[0.0], [-1.36], [-0.65]]), t1)
    t3 = F.elu(t2)
    t4 = t3.view(1, 3)
    t5 = t4.clamp(min=0.1)
    t6 = t5.cumsum(-1)
    t7 = t6.view(3)
    t8 = t7 ** 2
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([-0.9, 0.7, -0.5]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
