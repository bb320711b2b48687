import torch
import torch.nn.functional as F
torch.manual_seed(100222)
a = torch.tensor([[0.2, 1.4, -0.7], [-0.1, -1.5, 0.1], [-1.7, 1.9, -1.03]], requires_grad=True)
b = torch.tensor([[-1.2, -0.9, 1.7], [1.23, -1.0, 1.71], [-0.39, -1.2, -1.5]], requires_grad=True)
c = torch.tensor([[1.3, 1.7, 0.4], [1.1, -0.9, -1.37], [-1.2, 1.83, 0.2]], requires_grad=True)
try:
    t1 = torch.cat([c, a], dim=0)
    t2 = F.silu(t1)
    t3 = t2.clone()
    t4 = t3 ** 2
    t5 = t4[torch.tensor([True, True, True, False, True, False])]
    t6 = -t5
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([[-1.49, 0.44, 0.2], [-1.0, -0.81, -0.8], [1.4, 1.04, -0.4], [1.4, 0.3, -0.5]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
