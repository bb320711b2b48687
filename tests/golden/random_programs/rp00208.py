import torch
import torch.nn.functional as F
torch.manual_seed(100208)
a = torch.tensor([[0.86, 1.1]], requires_grad=True)
b = torch.tensor([[-1.1, -2.0]], requires_grad=True)
try:
    t1 = a.narrow(1, 0, 1)
    t2 = t1.narrow(1, 0, 1)
    t3 = torch.logsumexp(t2, -1)
    t4 = torch.cat((t3, torch.tensor([1.08, -1.0])), 0)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([-1.1, -1.46, 0.1]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
