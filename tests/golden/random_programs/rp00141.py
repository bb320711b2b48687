import torch
import torch.nn.functional as F
torch.manual_seed(100141)
a = torch.randn(0, requires_grad=True)
try:
    t1 = torch.zeros((0,)) - a
    t2 = torch.sin(t1)
    t3 = torch.softmax(t2, dim=-1)
    t4 = torch.logsumexp(t3, 0, keepdim=True)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([-0.3]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
