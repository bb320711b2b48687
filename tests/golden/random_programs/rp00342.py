import torch
import torch.nn.functional as F
torch.manual_seed(100342)
a = torch.randn(2, 2, requires_grad=True)
try:
    t1 = a.add(-2.2, alpha=2)
    t2 = t1 / 2.17
    t3 = t2[:, None]
    t4 = F.kl_div(F.log_softmax(t3, -1), torch.softmax(torch.tensor([[[-0.2, 0.5]], [[-0.7, 1.2]]]), -1), reduction='sum')
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
