import torch
import torch.nn.functional as F
torch.manual_seed(100307)
a = torch.tensor([[1.5, 1.5, 0.44]], requires_grad=True)
try:
    t1 = a.view(3)
    t2 = torch.cat((t1, torch.tensor([1.1, -1.5])), 0)
    t2.sigmoid_()
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
