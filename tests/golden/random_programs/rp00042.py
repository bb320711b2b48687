import torch
import torch.nn.functional as F
torch.manual_seed(100042)
a = (torch.rand(2) + 0.5).requires_grad_()
try:
    t1 = torch.relu(a)
    t2 = F.binary_cross_entropy_with_logits(t1, torch.tensor([0.3, 0.4]), reduction='sum')
    t3 = torch.tensor(0.6) - t2
    t4 = t3[...]
    t5 = t4[...]
    t6 = t5.clone()
    t7 = F.huber_loss(t6, torch.tensor(0.82))
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
