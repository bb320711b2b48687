import torch
import torch.nn.functional as F
torch.manual_seed(100150)
a = (torch.rand(2, 2) + 0.5).requires_grad_()
try:
    t1 = a.tanh()
    t2 = t1 + 0.0
    t2.add_(1.1)
    t3 = torch.maximum(t2, torch.tensor([[-0.3, -1.3]]))
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[-1.3, -0.1], [-1.0, -0.3]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
