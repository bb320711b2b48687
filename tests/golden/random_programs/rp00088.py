import torch
import torch.nn.functional as F
torch.manual_seed(100088)
a = torch.tensor([[[-1.7, 0.1], [-0.9, -0.88], [0.6, 0.6]], [[1.0, -0.33], [-0.26, -0.9], [-0.9, -0.4]]], requires_grad=True)
b = torch.tensor([[[1.42, 0.33], [-1.02, -1.95], [-1.45, -0.6]], [[0.43, 0.4], [0.33, -0.8], [1.9, -1.5]]], requires_grad=True)
try:
    t1 = a.clone()
    t2 = torch.where(t1 < a, t1, a)
    t3 = t2[::3]
    t4 = t3 @ torch.tensor([[0.0, 1.4, 0.2], [-0.3, 0.4, -0.8]])
    t5 = F.l1_loss(t4, torch.tensor([[[0.3, -0.4, 0.02], [0.9, -1.4, 0.9], [1.24, -1.5, 0.48]]]), reduction='none')
    t6 = t5.clone()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
