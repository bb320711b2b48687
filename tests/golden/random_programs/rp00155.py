import torch
import torch.nn.functional as F
torch.manual_seed(100155)
a = torch.tensor([[-0.5, 0.3], [1.3, 1.7], [-0.56, 1.6], [-1.6, -1.6]], requires_grad=True)
b = (torch.rand(4, 2) + 0.5).requires_grad_()
try:
    t1 = a * 1.0
    t1[0] = 1.3
    t2 = t1.index_select(0, torch.tensor([0, 3]))
    t3 = torch.exp(t2)
    t4 = F.nll_loss(F.log_softmax(t3, 1), torch.tensor([0, 0]), reduction='sum')
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
