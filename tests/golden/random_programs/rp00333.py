import torch
import torch.nn.functional as F
torch.manual_seed(100333)
a = torch.randn(2, requires_grad=True)
try:
    t1 = torch.mul(torch.tensor(-0.3), a)
    t2 = t1.to(dtype=torch.double)
    t3 = torch.minimum(a, t2)
    t4 = torch.neg(t3)
    t5 = t4 / (torch.tensor([1.1]).abs() + 1)
    t6 = t5.clone()
    t7 = torch.mul(torch.tensor([[0.3], [-1.25]]), t6)
    t8 = t7 + -1.4
    t9 = t8 ** 2
    t10 = t9.add(1.1, alpha=2)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.tensor([[0.58, -0.3], [0.19, 0.0]], dtype=torch.float64))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
