import torch
import torch.nn.functional as F
torch.manual_seed(100054)
a = torch.randn(0, 2, requires_grad=True)
b = torch.randn(0, 2, requires_grad=True)
try:
    t1 = a @ torch.tensor([[0.8, -1.24, 0.91], [1.31, 0.5, 0.0]])
    t2 = t1.norm(p=3, dim=0)
    t3 = t2[torch.tensor([2])]
    t4 = torch.maximum(t3, b)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.zeros((0, 2)))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
