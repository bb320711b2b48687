import torch
import torch.nn.functional as F
torch.manual_seed(100212)
a = torch.randn(4, 2, requires_grad=True)
b = torch.tensor([[-0.3, -1.27], [-1.85, 0.4], [0.4, -0.2], [0.65, -0.7]], requires_grad=True)
try:
    t1 = a ** 2
    t2 = F.relu6(t1)
    t3 = torch.matmul(t2, torch.tensor([-0.9, 0.0]))
    t4 = t3.add(-1.6, alpha=2)
    t5 = torch.relu(t4)
    t6 = t5[t5 > 12.96]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
