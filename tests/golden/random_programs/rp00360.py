import torch
import torch.nn.functional as F
torch.manual_seed(100360)
a = torch.randn(3, 1, requires_grad=True)
b = (torch.rand(1, 1) + 0.5).requires_grad_()
try:
    t1 = torch.cat([b, a], dim=0)
    t1.clamp_(-0.85, 0.85)
    t2 = F.kl_div(F.log_softmax(t1, -1), torch.softmax(torch.tensor([[-1.15], [0.1], [1.0], [1.1]]), -1), reduction='batchmean')
    t3 = t2 * t1
    t3.masked_fill_(t3 > 1.7, 1.7)
    t4 = torch.stack([t3, t1], -3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[[0.39], [1.0], [0.7], [0.5]], [[-1.03], [0.3], [1.0], [-1.1]]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
