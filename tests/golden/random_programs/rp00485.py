import torch
import torch.nn.functional as F
torch.manual_seed(100485)
a = torch.tensor([1.02, 1.5, 0.8, -0.3], requires_grad=True)
b = torch.randn(4, requires_grad=True)
try:
    t1 = F.gelu(a)
    t2 = torch.minimum(torch.tensor([-0.45, -1.3, 1.0, -0.8]), t1)
    t3 = t2.masked_fill(t2 < 1.3, -1.4)
    t4 = t3 @ torch.tensor([[0.6], [-0.3], [1.2], [0.8]])
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([0.67]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
