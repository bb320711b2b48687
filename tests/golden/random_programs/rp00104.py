import torch
import torch.nn.functional as F
torch.manual_seed(100104)
a = torch.randn(2, 2, requires_grad=True)
b = torch.tensor([[-1.5], [-1.4]], requires_grad=True)
try:
    t1 = a[torch.tensor([True, True])]
    t2 = t1.cumsum(1)
    t3 = t2 + 2.4
    t4 = t3[:, 0]
    t5 = t4[:, None]
    t6 = t5.half()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([[1.3], [1.4]], dtype=torch.float16))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
