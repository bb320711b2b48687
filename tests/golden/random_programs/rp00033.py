import torch
import torch.nn.functional as F
torch.manual_seed(100033)
a = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
b = torch.tensor(-0.7, requires_grad=True)
try:
    t1 = a[None]
    t2 = t1.flatten()
    t3 = t2 + 0.0
    t3.sigmoid_()
    t4 = t3.add(2.5, alpha=2)
    t5 = t4.reshape(())
    t6 = torch.log(t5)
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
