import torch
import torch.nn.functional as F
torch.manual_seed(100379)
a = torch.tensor([-2.0], requires_grad=True)
try:
    t1 = a[torch.tensor([False])]
    t2 = F.elu(t1)
    t3 = t2 + 2.5
    t4 = t3.masked_fill(t3 < 3.7, 0.1)
    t5 = torch.cat([t4, torch.tensor([[-1.3, -0.8], [-1.5, 1.0]])])
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.zeros((0,)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
