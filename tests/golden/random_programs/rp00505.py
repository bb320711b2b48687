import torch
import torch.nn.functional as F
torch.manual_seed(100505)
a = torch.randn(1, requires_grad=True)
try:
    t1 = a[None]
    t2 = torch.tensor([[[0.8]], [[1.4]], [[0.9]]]) - t1
    t3 = 2.3 - t2
    t4 = t3.floor()
    t5 = t4.half()
    t6 = F.gelu(t5)
    t7 = torch.cat([t5, t6], dim=1)
    t8 = t7.add(2.6, alpha=2)
    t9 = torch.cat((t8, torch.tensor([[[1.1, 1.0], [-1.5, 0.7]], [[-0.2, 0.5], [0.1, -0.47]], [[-0.3, -1.3], [0.2, -0.7]]], dtype=torch.float16)), 2)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
