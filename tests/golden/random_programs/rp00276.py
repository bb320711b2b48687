import torch
import torch.nn.functional as F
torch.manual_seed(100276)
a = torch.randn(1, 2, requires_grad=True)
try:
    t1 = torch.neg(a)
    t2 = t1[-1]
    t3 = F.silu(t2)
    t4 = t3 - -2.18
    t5 = t4 @ torch.tensor([[-1.3, 1.1, 0.3], [0.7, 0.3, 0.1]])
    t6 = torch.maximum(t5, torch.tensor([-0.8, 0.32, -1.1]))
    t7 = torch.softmax(t6, dim=0)
    t8 = torch.relu(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([-1.2, 0.16, 1.36]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
