import torch
import torch.nn.functional as F
torch.manual_seed(100377)
a = torch.tensor(1.3, requires_grad=True)
try:
    t1 = a + 1.9
    t2 = F.hardtanh(t1)
    t3 = torch.stack([t2, t1], 0)
    t4 = 2.3 * t3
    t5 = t4.to(torch.float64)
    t6 = torch.softmax(t5, dim=-1)
    t7 = t6[torch.tensor([0, 1, 1])]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
