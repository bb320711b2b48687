import torch
import torch.nn.functional as F
torch.manual_seed(100193)
a = torch.tensor(2.0, requires_grad=True)
try:
    t1 = torch.neg(a)
    t2 = t1[None]
    t3 = t2 @ torch.tensor([[1.2, -0.88, 0.09]])
    t4 = F.binary_cross_entropy_with_logits(t3, torch.tensor([0.3, 1.0, 0.8]), reduction='sum')
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
