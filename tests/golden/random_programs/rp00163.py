import torch
import torch.nn.functional as F
torch.manual_seed(100163)
a = torch.randn(3, requires_grad=True)
try:
    t1 = a.add(1.6, alpha=2)
    t2 = t1.abs()
    t3 = -0.8 - t2
    t4 = t3 @ torch.tensor([[0.5, -0.94, -0.4], [-0.65, 0.43, 0.6], [-0.8, 1.2, 1.2]])
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([-0.5, 0.3, -0.3]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
