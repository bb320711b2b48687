import torch
import torch.nn.functional as F
torch.manual_seed(100100)
a = torch.tensor([[0.01, 0.4], [2.0, 1.59], [-1.7, -1.65]], requires_grad=True)
b = torch.tensor([[-1.35, 0.6], [-1.8, -1.1], [-1.7, 1.91]], requires_grad=True)
c = torch.randn(3, 2, requires_grad=True)
try:
    t1 = a / (c.abs() + 1)
    t2 = t1[-2]
    t3 = b - t2
    t4 = t3 - -1.3
    t5 = torch.sigmoid(t4)
    t6 = t5 + 0.0
    t6.sub_(t3)
    t7 = t6.floor()
    t8 = t7.unsqueeze(2)
    t9 = t8.transpose(0, 2)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([[[1.3, 0.4, -1.2], [-0.49, -1.3, -0.5]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
