import torch
import torch.nn.functional as F
torch.manual_seed(100272)
a = torch.tensor([[1.9, 1.75, 0.7], [-0.11, 1.27, -1.7], [0.0, 0.5, -1.0]], requires_grad=True)
try:
    t1 = F.binary_cross_entropy(torch.sigmoid(a), torch.tensor([[0.4, 0.2, 0.7], [1.0, 0.2, 0.2], [0.4, 0.4, 0.95]]), reduction='sum')
    t1.add_(0.7)
    t2 = t1.to(dtype=torch.double)
    t3 = -1.5 / t2
    t4 = t3.clone()
    t4.add_(1.39)
    t5 = F.elu(t4)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
