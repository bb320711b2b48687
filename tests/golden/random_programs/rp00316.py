import torch
import torch.nn.functional as F
torch.manual_seed(100316)
a = torch.randn(3, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1.amax()
    t3 = t2 * 2.8
    t4 = t3[None]
    t5 = t4.std(0, keepdim=True)
    t6 = t5 @ torch.tensor([[1.2, -1.34, 1.3]])
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
