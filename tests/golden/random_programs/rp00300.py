import torch
import torch.nn.functional as F
torch.manual_seed(100300)
a = torch.tensor(1.6, requires_grad=True)
try:
    t1 = a * 1.0
    t1.relu_()
    t2 = t1.expm1()
    t3 = t2[...]
    t4 = t3 - 2.6
    t5 = t4[None]
    t6 = t2 - t5
    t7 = t6.reshape(-1)
    t8 = t7.unbind(-1)[0]
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
