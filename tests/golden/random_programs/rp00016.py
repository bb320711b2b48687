import torch
import torch.nn.functional as F
torch.manual_seed(100016)
a = torch.randn(2, 3, requires_grad=True)
b = torch.tensor([[-0.5]], requires_grad=True)
try:
    t1 = a[torch.tensor([1, 0])]
    t2 = t1.add(-0.7, alpha=2)
    t3 = t2.abs()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[-0.6, 0.86, -0.7], [-0.41, -0.64, 0.1]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
