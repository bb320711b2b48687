import torch
import torch.nn.functional as F
torch.manual_seed(100245)
a = torch.tensor([[1.1, -0.6, 1.14], [1.1, 1.55, 1.6]], requires_grad=True)
try:
    t1 = torch.gather(a, -1, torch.tensor([[0, 0], [2, 1]]))
    t2 = torch.cat((t1, torch.tensor([[-1.3, 0.0], [0.8, 1.1]])), 1)
    t3 = torch.softmax(t2, dim=1)
    t4 = torch.mul(t2, t3)
    t5 = t4.unbind(-1)[3]
    t6 = t5.flatten()
    t7 = 0.6 * t6
    t8 = t7.add(-2.76, alpha=2)
    t9 = -2.6 + t8
    t10 = F.hardtanh(t9)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
