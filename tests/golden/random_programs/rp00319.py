import torch
import torch.nn.functional as F
torch.manual_seed(100319)
a = torch.randn(4, 4, 4, requires_grad=True)
try:
    t1 = torch.where(a > -2.0, a, 1.7)
    t2 = 0.6 - t1
    t3 = torch.softmax(t2, dim=0)
    t4 = torch.matmul(t3, torch.tensor([0.74, 0.9, 1.3, 0.8]))
    t5 = t4 * a
    t6 = t5[:, 0]
    t7 = -t6
    t8 = t7.half()
    t9 = torch.cat((t8, torch.tensor([[-0.6, 0.94], [-0.3, 0.52], [-1.2, 1.0], [-0.4, 0.9]], dtype=torch.float16)), 1)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
