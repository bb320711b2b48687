import torch
import torch.nn.functional as F
torch.manual_seed(100495)
a = torch.randn(1, 1, 4, requires_grad=True)
b = torch.randn(1, 1, 4, requires_grad=True)
try:
    t1 = torch.stack([a, a * 0.5], -1)
    t2 = t1 * -0.6
    t3 = t2 / (torch.tensor([[[[-0.7, 0.19], [0.12, 1.09], [1.27, -1.3], [0.0, 0.4]]]]).abs() + 1)
    t3.mul_(1.98)
    t4 = F.kl_div(F.log_softmax(t3, -1), torch.softmax(torch.tensor([[[[-0.5, 0.77], [0.2, 1.5], [-0.2, -0.43], [0.91, 0.47]]]]), -1), reduction='batchmean')
    t5 = torch.neg(t4)
    t6 = t5[...]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
