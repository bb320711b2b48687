import torch
import torch.nn.functional as F
torch.manual_seed(100147)
a = torch.tensor([[[0.2, -1.4, 0.9], [1.5, -1.3, -1.8], [-0.5, -0.1, 1.5], [-0.9, -0.1, 0.1]], [[-1.8, -0.1, -1.9], [0.53, -1.9, 1.58], [-1.7, -1.99, 0.81], [-1.27, 1.8, -1.22]]], requires_grad=True)
b = torch.tensor([[[-1.1]], [[1.0]]], requires_grad=True)
try:
    t1 = a.flatten(0, 1)
    t2 = t1.norm()
    t3 = t2.clone()
    t4 = t3 - -2.2
    t5 = t4.half()
    t6 = F.silu(t5)
    t6.clamp_(-0.6, 0.6)
    t7 = torch.stack([t6, t6 * 0.5], 0)
    t8 = t7.index_select(0, torch.tensor([1]))
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
