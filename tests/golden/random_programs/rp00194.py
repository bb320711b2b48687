import torch
import torch.nn.functional as F
torch.manual_seed(100194)
a = (torch.rand(2, 3) + 0.5).requires_grad_()
b = torch.tensor(0.6, requires_grad=True)
c = torch.randn(2, 3, requires_grad=True)
try:
    t1 = a.expand(2, 2, 3)
    t2 = t1.flatten(0, 1)
    t3 = -0.81 + t2
    t4 = t3.permute(1, 0)
    t5 = t4.log_softmax(-2)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[-1.0, 1.09, -0.9, 0.41], [-0.2, -0.87, 1.37, 0.2], [-0.9, 0.08, 0.9, -0.9]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
