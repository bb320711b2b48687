import torch
import torch.nn.functional as F
torch.manual_seed(100420)
a = torch.tensor([[[1.8], [0.8], [-1.26]], [[1.2], [-1.9], [-1.1]]], requires_grad=True)
b = torch.randn(2, 3, 1, requires_grad=True)
try:
    t1 = torch.softmax(a, dim=1)
    t2 = torch.log1p(t1)
    t3 = torch.sum(t2, dim=-1, keepdim=True)
    t4 = t3 * 2.5
    t5 = F.hardtanh(t4)
    t6 = t5.to(torch.float64)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([[[1.08], [-1.2], [0.6]], [[1.3], [0.3], [0.9]]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
