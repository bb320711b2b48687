import torch
import torch.nn.functional as F
torch.manual_seed(100459)
a = torch.tensor(1.4, requires_grad=True)
try:
    t1 = a / -2.5
    t2 = t1 + 2.25
    t3 = F.softplus(t2)
    t4 = t3.reshape(1)
    t5 = t4.cos()
    t6 = torch.stack([t5, t4], -2)
    t7 = t6 / (t4.abs() + 1)
    t8 = t7.add(2.9, alpha=2)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([[-0.3], [-0.7]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
