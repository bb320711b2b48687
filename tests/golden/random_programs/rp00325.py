import torch
import torch.nn.functional as F
torch.manual_seed(100325)
a = torch.randn(2, requires_grad=True)
b = torch.tensor(-1.4, requires_grad=True)
try:
    t1 = a.narrow(-1, 1, 1)
    t2 = t1[torch.tensor([False])]
    t3 = torch.stack([t2, t2 * 0.5], 1)
    t4 = t3 @ torch.tensor([[0.7, 1.2, -1.27], [-0.56, 0.0, -1.2]])
    t5 = torch.mul(b, t4)
    t6 = t5.masked_fill(t5 < 19.4, -0.9)
    t7 = t6.half()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
