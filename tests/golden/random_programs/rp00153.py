import torch
import torch.nn.functional as F
torch.manual_seed(100153)
a = torch.randn(2, requires_grad=True)
b = torch.tensor([-0.8, 1.38], requires_grad=True)
try:
    t1 = a.masked_fill(a < 3.1, 0.41)
    t2 = t1.add(2.3, alpha=2)
    t3 = t2.abs()
    t4 = F.kl_div(F.log_softmax(t3, -1), torch.softmax(torch.tensor([-1.17, -0.9]), -1), reduction='batchmean')
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
