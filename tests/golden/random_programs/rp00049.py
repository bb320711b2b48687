import torch
import torch.nn.functional as F
torch.manual_seed(100049)
a = torch.randn(3, 1, 2, requires_grad=True)
try:
    t1 = torch.gather(a, 0, torch.tensor([[[1, 2]], [[1, 0]], [[1, 2]]]))
    t2 = t1.amax()
    t3 = t2.mean()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
