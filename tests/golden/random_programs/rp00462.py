import torch
import torch.nn.functional as F
torch.manual_seed(100462)
a = (torch.rand(2, 3, dtype=torch.float64) + 0.5).requires_grad_()
try:
    t1 = torch.cat((a, torch.tensor([[1.4], [-0.3]], dtype=torch.float64)), -1)
    t2 = t1.mean(dim=1, keepdim=True)
    t2.sigmoid_()
    t3 = t2[torch.tensor([1, 0, 0])]
    t3.sigmoid_()
    t4 = t3[..., 0, None]
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
