import torch
import torch.nn.functional as F
torch.manual_seed(100001)
a = torch.tensor([[0.6, 1.19, -0.43], [-1.47, 0.6, 1.6]], requires_grad=True)
b = torch.tensor([[2.0, 1.8, 0.05], [-1.7, 1.0, -1.12]], requires_grad=True)
try:
    t1 = a.view(3, 2)
    t2 = torch.stack([t1, t1 * 0.5], 0)
    t3 = torch.stack([t2, t2 * 0.5], 1)
    t3.sigmoid_()
    t4 = t3.clamp(min=0.7)
    t4.sigmoid_()
    t5 = t4.clone()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
