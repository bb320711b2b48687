import torch
import torch.nn.functional as F
torch.manual_seed(100172)
a = torch.tensor([[-1.98, -0.38, -0.6]], requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[0.85, 1.22, 0.6]])), 0)
    t2 = torch.matmul(t1, torch.tensor([0.2, -1.04, 1.4]))
    t3 = F.silu(t2)
    t3.masked_fill_(t3 > 1.91, 1.91)
    t3.relu_()
    t3.relu_()
    t4 = t3.to(t3.dtype)
    t5 = F.smooth_l1_loss(t4, torch.tensor([-1.4, 1.09]), reduction='none')
    t6 = F.l1_loss(t5, torch.tensor([1.1, 0.21]), reduction='none')
    t7 = torch.log1p(t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([0.0, -0.16]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
