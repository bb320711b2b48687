import torch
import torch.nn.functional as F
torch.manual_seed(100211)
a = torch.tensor(0.53, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = F.leaky_relu(a, 0.1)
    t2 = torch.neg(t1)
    t2.add_(0.9)
    t3 = t2.clone()
    t4 = F.hardtanh(t3)
    t5 = torch.stack([t4, t1], 0)
    t6 = t5 + t2
    t7 = t6[None]
    t8 = t7.to(dtype=torch.double)
    t9 = F.kl_div(F.log_softmax(t8, -1), torch.softmax(torch.tensor([[0.8, -0.2]], dtype=torch.float64), -1), reduction='batchmean')
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
