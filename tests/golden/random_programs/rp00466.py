import torch
import torch.nn.functional as F
torch.manual_seed(100466)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.clone()
    t2 = torch.stack([t1, a], 0)
    t3 = t2 @ torch.tensor([[1.3], [0.8]])
    t4 = t3.cos()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([-0.45]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
