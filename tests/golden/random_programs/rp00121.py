import torch
import torch.nn.functional as F
torch.manual_seed(100121)
a = torch.tensor([-0.1, -1.9, -1.9, -1.47], requires_grad=True)
b = torch.tensor(-1.6, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1.clone()
    t3 = F.kl_div(F.log_softmax(t2, -1), torch.softmax(torch.tensor([1.32, 0.56, -0.76, 1.18]), -1), reduction='batchmean')
    t4 = t3 + t2
    t5 = t4.norm(dim=0)
    t6 = t5.sum()
    t7 = t6 * torch.tensor(-0.1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
