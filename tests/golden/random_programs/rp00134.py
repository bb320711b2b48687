import torch
import torch.nn.functional as F
torch.manual_seed(100134)
a = torch.tensor(-1.8, requires_grad=True)
try:
    t1 = torch.minimum(torch.tensor(1.5), a)
    t2 = t1.clamp(-0.7, 0.1)
    t3 = F.hardtanh(t2)
    t4 = t3 * torch.tensor(0.0)
    t5 = torch.stack([t4, a], -1)
    t6 = t5.clone()
    t7 = 1.01 + t6
    t8 = t7.unbind(-1)[0]
    t8.relu_()
    t9 = t8.contiguous()
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
