import torch
import torch.nn.functional as F
torch.manual_seed(100154)
a = torch.randn(2, 4, dtype=torch.float64, requires_grad=True)
b = torch.tensor([[-0.4, -0.1, -0.9, 1.53], [1.5, 1.16, -1.5, 1.4]], dtype=torch.float64, requires_grad=True)
try:
    t1 = a.unbind(-1)[1]
    t2 = t1 / -0.88
    t3 = t2 / -2.4
    t4 = torch.cat([t3, torch.tensor([[-0.22, -1.42], [-1.2, -0.12]])])
    t5 = t4.amax(0)
    t6 = torch.where(t5 < torch.tensor(-0.5), t5, torch.tensor(-0.5))
    t7 = t6.clone()
    t8 = torch.maximum(t7, t5)
    t9 = t8.expand(())
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
