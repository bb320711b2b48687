import torch
import torch.nn.functional as F
torch.manual_seed(100315)
a = torch.tensor(1.1, requires_grad=True)
b = torch.tensor(-1.2, requires_grad=True)
c = torch.tensor(0.43, requires_grad=True)
try:
    t1 = torch.neg(a)
    t2 = -t1
    t2.relu_()
    t3 = t2 * -1.58
    t4 = t3[...]
    t5 = t4.clone()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
