import torch
import torch.nn.functional as F
torch.manual_seed(100271)
a = torch.randn(2, requires_grad=True)
try:
    t1 = a * 1.0
    t1.relu_()
    t2 = t1 ** 2
    t3 = t2.add(1.8, alpha=2)
    t4 = t3 / -2.3
    t5 = t4.amax(0)
    t6 = t5 ** 2
    t7 = t6[...]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
