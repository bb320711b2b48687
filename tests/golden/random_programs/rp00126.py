import torch
import torch.nn.functional as F
torch.manual_seed(100126)
a = torch.randn(2, 3, 3, requires_grad=True)
b = torch.tensor([[[1.81, 1.8, -0.5], [-0.2, -0.61, 0.0], [1.74, -0.2, 0.4]], [[-1.1, -1.98, 0.4], [0.2, -0.7, 1.6], [2.0, -0.07, -1.57]]], requires_grad=True)
try:
    t1 = a.std(1)
    t2 = t1.std(0, keepdim=True)
    t3 = torch.stack([t2, t2 * 0.5], 1)
    t4 = t3 + torch.tensor([[[0.8, -1.4, -0.4], [1.4, -1.1, -0.43]]])
    t5 = torch.mul(torch.tensor([[[[1.41, 0.2, -0.4]]], [[[-0.5, 1.1, -0.98]]]]), t4)
    t6 = t5.clone()
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
