import torch
import torch.nn.functional as F
torch.manual_seed(100370)
a = torch.randn(4, 2, requires_grad=True)
try:
    t1 = torch.softmax(a, dim=-1)
    t2 = torch.relu(t1)
    t3 = -2.21 - t2
    t4 = torch.matmul(t3, torch.tensor([-0.7, -1.4]))
    t5 = t4 @ torch.tensor([[1.0, 0.11], [-0.3, -0.3], [-0.94, -0.55], [-1.18, -1.13]])
    t6 = t5.double()
    t6.relu_()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
