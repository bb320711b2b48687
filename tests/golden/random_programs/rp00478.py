import torch
import torch.nn.functional as F
torch.manual_seed(100478)
a = torch.randn(4, 2, requires_grad=True)
b = torch.tensor([-2.0, 0.2], requires_grad=True)
try:
    t1 = F.relu6(a)
    t2 = t1 + a
    t3 = t2.sum(0, keepdim=True)
    t4 = t3[:, torch.tensor([1, 0])]
    t5 = torch.softmax(t4, dim=-1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
