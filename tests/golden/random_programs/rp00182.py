import torch
import torch.nn.functional as F
torch.manual_seed(100182)
a = torch.randn(2, requires_grad=True)
b = torch.tensor([1.5, -1.8], requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([-0.58])), 0)
    t2 = torch.lerp(t1, torch.tensor([-0.4, -1.4, -0.6]), 0.25)
    t3 = t2[-2]
    t4 = F.elu(t3)
    t5 = t4.sum()
    t6 = t5.tanh()
    t7 = torch.stack([t6, t4], -1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([-0.8, -1.23]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
