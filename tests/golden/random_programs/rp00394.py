import torch
import torch.nn.functional as F
torch.manual_seed(100394)
a = torch.randn(1, 4, requires_grad=True)
try:
    t1 = a[0:1]
    t2 = t1.expand(2, 2, -1)
    t3 = torch.where(t2 < torch.tensor([[[1.5, 0.0, 1.4, 0.42], [-0.9, -0.5, 0.56, 0.96]], [[0.2, 0.7, 0.7, 0.6], [-0.3, 0.7, 0.4, -0.1]]]), t2, torch.tensor([[[1.5, 0.0, 1.4, 0.42], [-0.9, -0.5, 0.56, 0.96]], [[0.2, 0.7, 0.7, 0.6], [-0.3, 0.7, 0.4, -0.1]]]))
    t4 = t3.unsqueeze(3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 16).reshape((2, 2, 4, 1)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
