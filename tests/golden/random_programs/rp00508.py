import torch
import torch.nn.functional as F
torch.manual_seed(100508)
a = torch.randn(3, requires_grad=True)
b = torch.tensor([-0.6, 0.0, -1.6], requires_grad=True)
try:
    t1 = a[::2]
    t2 = torch.where(t1 > -3.2, t1, -1.5)
    t3 = t1 - t2
    t4 = torch.gather(t3, -1, torch.tensor([0, 1]))
    t5 = F.mse_loss(t4, torch.zeros_like(t4), reduction='none')
    t6 = t5.index_select(0, torch.tensor([0, 0]))
    t7 = t6.norm(p=3, dim=-1)
    t8 = t7 * t2
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
