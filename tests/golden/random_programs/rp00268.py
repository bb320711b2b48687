import torch
import torch.nn.functional as F
torch.manual_seed(100268)
a = torch.randn(1, 3, 3, requires_grad=True)
b = torch.tensor([[-1.32, -0.12, -0.4], [1.1, 1.1, 1.3], [-1.4, -1.4, -1.58]], requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[[0.9, -0.2, 0.4], [-0.7, 1.4, -0.7], [1.38, -1.1, -0.5]]])), -3)
    t2 = t1[1:2]
    t3 = t2.add(-1.78, alpha=2)
    t4 = F.softplus(t3)
    t5 = t4.sum()
    t6 = F.elu(t5)
    t7 = t6 + 0.0
    t7.sub_(t6)
    t8 = t7[...]
    t9 = torch.maximum(t8, t6)
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
