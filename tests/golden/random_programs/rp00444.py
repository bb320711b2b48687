import torch
import torch.nn.functional as F
torch.manual_seed(100444)
a = torch.tensor([[1.64, -1.28], [-0.8, -1.4]], requires_grad=True)
b = torch.tensor([[1.16]], requires_grad=True)
try:
    t1 = a + -0.7
    t2 = b - t1
    t3 = t2 / (torch.tensor(-0.43).abs() + 1)
    t4 = t3.abs()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[1.0, -1.5], [-0.31, 1.1]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
