import torch
import torch.nn.functional as F
torch.manual_seed(100156)
a = (torch.rand(3, 1) + 0.5).requires_grad_()
try:
    t1 = a.permute(1, 0)
    t2 = torch.mul(torch.tensor(1.2), t1)
    t2.relu_()
    t3 = torch.sum(t2, dim=1, keepdim=True)
    t4 = t3.expand(3, 3)
    t5 = t4.half()
    t6 = -1.95 * t5
    t7 = t6.add(2.3, alpha=2)
    t8 = t7.expand(-1, 3)
    t9 = torch.gather(t8, 0, torch.tensor([[0, 2, 1], [1, 1, 1], [2, 1, 1]]))
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
