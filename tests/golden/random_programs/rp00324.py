import torch
import torch.nn.functional as F
torch.manual_seed(100324)
a = torch.tensor([[[0.0, 0.3, -1.6, 0.6]], [[-1.4, -1.7, 1.1, 1.76]], [[-1.73, 1.85, 0.8, 1.1]]], requires_grad=True)
try:
    t1 = torch.stack([a, a * 0.5], 0)
    t2 = F.l1_loss(t1, torch.tensor([[[[1.0, 1.1, 0.8, 0.5]], [[-0.7, 0.8, 1.1, 0.08]], [[-1.1, -1.0, 0.54, -1.0]]], [[[0.3, -1.3, -0.1, 1.4]], [[0.1, -0.53, 1.0, 0.9]], [[0.7, -0.8, -0.91, 1.2]]]]), reduction='sum')
    t3 = torch.minimum(a, t2)
    t4 = t3.view(4, 3, 1)
    t5 = t4[t4 > 0.7]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
