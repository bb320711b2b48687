import torch
import torch.nn.functional as F
torch.manual_seed(100293)
a = (torch.rand(3, dtype=torch.float64) + 0.5).requires_grad_()
b = torch.tensor([-0.8, -0.2, 1.69], requires_grad=True)
try:
    t1 = -0.9 * a
    t2 = torch.minimum(torch.tensor([-0.5, 1.1, -1.0]), t1)
    t3 = t2.view(3)
    t4 = -2.41 * t3
    t5 = t4[None]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[-0.4, 1.1, -1.2]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
