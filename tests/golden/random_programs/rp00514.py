import torch
import torch.nn.functional as F
torch.manual_seed(100514)
a = torch.tensor([[-1.5, 0.2, 0.1]], requires_grad=True)
b = torch.randn(1, 1, requires_grad=True)
c = (torch.rand(1, 3) + 0.5).requires_grad_()
try:
    t1 = a.clone()
    t1[..., 1:].mul_(1.7)
    t2 = torch.relu(t1)
    t3 = t2[:, torch.tensor([1, 1])]
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[0.2, 1.5]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
