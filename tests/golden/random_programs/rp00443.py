import torch
import torch.nn.functional as F
torch.manual_seed(100443)
a = torch.randn((), requires_grad=True)
try:
    t1 = torch.where(a > -2.99, a, -2.7)
    t2 = t1.sum()
    t2.relu_()
    t3 = torch.stack([t2, t2 * 0.5], -1)
    t4 = t3.cumsum(0)
    t5 = t4.clone()
    t6 = t5[torch.tensor([True, False])]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-0.02]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
