import torch
import torch.nn.functional as F
torch.manual_seed(100410)
a = torch.randn(2, 1, requires_grad=True)
try:
    t1 = torch.logsumexp(a, 1)
    t2 = F.relu6(t1)
    t3 = t2 + -0.6
    t4 = torch.cat((t3, torch.tensor([0.3, -0.4])), -1)
    t5 = t4 ** 3
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([-1.2, 0.91, 1.0, 0.0]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
