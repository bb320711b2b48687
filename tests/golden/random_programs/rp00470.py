import torch
import torch.nn.functional as F
torch.manual_seed(100470)
a = torch.randn(0, requires_grad=True)
try:
    t1 = F.relu6(a)
    t1.sigmoid_()
    t2 = t1.norm(p=1, dim=0, keepdim=True)
    t3 = F.l1_loss(t2, torch.tensor([0.5]))
    t4 = F.mse_loss(t3, torch.zeros_like(t3), reduction='none')
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
