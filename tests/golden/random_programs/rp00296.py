import torch
import torch.nn.functional as F
torch.manual_seed(100296)
a = torch.tensor([[0.2, -0.4, 0.8, 1.5]], requires_grad=True)
b = torch.randn(1, 4, requires_grad=True)
try:
    t1 = F.binary_cross_entropy(torch.sigmoid(a), torch.tensor([[0.8, 0.8, 0.8, 0.5]]))
    t2 = t1 + 1.11
    t3 = t2 / (torch.tensor(-0.53).abs() + 1)
    t4 = t3 - 1.6
    t5 = t4[...]
    t6 = t5 / (torch.tensor(0.4).abs() + 1)
    t7 = t6.to(torch.float64)
    t8 = torch.where(t7 < a, t7, a)
    t9 = t8[..., 0, None]
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([[-0.74]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
