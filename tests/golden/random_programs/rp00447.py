import torch
import torch.nn.functional as F
torch.manual_seed(100447)
a = torch.tensor([-0.1, -1.0, -0.1], requires_grad=True)
try:
    t1 = a.expand(3)
    t2 = a - t1
    t3 = F.silu(t2)
    t4 = torch.lerp(t3, torch.tensor([1.1, 0.9, -0.91]), 0.25)
    t5 = t4[::3]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
