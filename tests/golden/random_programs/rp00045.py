import torch
import torch.nn.functional as F
torch.manual_seed(100045)
a = torch.tensor([[-0.49, -1.9, -0.5, -1.2], [-0.22, 0.18, -2.0, -0.8]], requires_grad=True)
b = torch.randn(2, 4, requires_grad=True)
try:
    t1 = a - -2.8
    t2 = t1.unbind(-1)[2]
    t3 = t2 ** 0.5
    t4 = torch.where(t3 < torch.tensor([1.1, 0.56]), t3, torch.tensor([1.1, 0.56]))
    t5 = -t4
    t6 = t5 / t2
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-0.7, -1.07]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
