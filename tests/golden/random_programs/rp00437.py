import torch
import torch.nn.functional as F
torch.manual_seed(100437)
a = torch.tensor([[[1.5, 0.5], [-0.99, 1.5], [0.35, 1.8]]], dtype=torch.float64, requires_grad=True)
try:
    t1 = a[::2]
    t2 = torch.logsumexp(t1, 1)
    t3 = t2.amax(-2)
    t4 = F.hardtanh(t3)
    t5 = t4 @ torch.tensor([[0.2, 0.47], [0.6, 0.0]], dtype=torch.float64)
    t6 = t5.norm(dim=0, keepdim=True)
    t7 = torch.sin(t6)
    t8 = t7.prod(0)
    t9 = t8.long().softmax(0)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
