import torch
import torch.nn.functional as F
torch.manual_seed(100199)
a = torch.randn(2, requires_grad=True)
try:
    t1 = a @ torch.tensor([[1.41], [1.0]])
    t2 = t1 + 2.18
    t3 = torch.maximum(t2, t1)
    t4 = torch.mul(torch.tensor([1.4]), t3)
    t5 = torch.sigmoid(t4)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
