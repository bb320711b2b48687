import torch
import torch.nn.functional as F
torch.manual_seed(100365)
a = torch.tensor([0.2, -1.5], requires_grad=True)
b = torch.tensor([-0.4], requires_grad=True)
try:
    t1 = 2.1 + a
    t2 = torch.stack([t1, t1 * 0.5], 0)
    t3 = t2[torch.tensor([True, False])]
    t4 = t3 @ t2
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[-1.31, 1.0]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
