import torch
import torch.nn.functional as F
torch.manual_seed(100046)
a = torch.tensor([[-1.9], [0.2]], requires_grad=True)
b = torch.tensor(-1.8, requires_grad=True)
try:
    t1 = a.clone()
    t1.sub_(a)
    t2 = torch.relu(t1)
    t3 = torch.tensor([[0.6, -0.1]]) @ t2
    t4 = t3 / (torch.tensor([[1.0]]).abs() + 1)
    t5 = t4[torch.tensor([0, 0, 0, 0])]
    t6 = t5[torch.tensor([False, False, True, False])]
    t7 = t6.clone()
    t8 = F.softplus(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
