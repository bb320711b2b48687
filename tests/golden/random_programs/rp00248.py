import torch
import torch.nn.functional as F
torch.manual_seed(100248)
a = torch.randn(4, 1, 2, requires_grad=True)
try:
    t1 = F.binary_cross_entropy(torch.sigmoid(a), torch.tensor([[[0.46, 0.5]], [[0.2, 0.1]], [[0.73, 0.32]], [[0.7, 0.4]]]))
    t2 = 0.9 * t1
    t3 = torch.stack([t2, t2 * 0.5], -1)
    t4 = t3 - -2.8
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([0.8, 0.52]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
