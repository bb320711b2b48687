import torch
import torch.nn.functional as F
torch.manual_seed(100244)
a = torch.randn(4, 1, requires_grad=True)
try:
    t1 = torch.where(a > -2.75, a, -0.6)
    t2 = t1.add(-1.1, alpha=2)
    t3 = t2.cumsum(1)
    t4 = t3[torch.tensor([False, True, True, False])]
    t5 = F.softplus(t4)
    t6 = torch.cat((t5, torch.tensor([[0.8]])), -2)
    t7 = t6[:, None]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[[0.3]], [[-0.2]], [[0.5]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
