import torch
import torch.nn.functional as F
torch.manual_seed(100135)
a = torch.tensor(0.89, requires_grad=True)
try:
    t1 = a * 2.47
    t2 = t1.expand(())
    t3 = F.leaky_relu(t2, 0.1)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
