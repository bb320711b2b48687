import torch
import torch.nn.functional as F
torch.manual_seed(100331)
a = torch.tensor([[1.0, -1.11, 1.49], [0.4, 1.9, 1.31]], dtype=torch.float64, requires_grad=True)
b = torch.tensor(1.15, dtype=torch.float64, requires_grad=True)
try:
    t1 = 1.2 + a
    t2 = -0.7 + t1
    t3 = t2.flatten()
    t4 = torch.cat((t3, torch.tensor([-1.4], dtype=torch.float64)), -1)
    t5 = torch.exp(t4)
    t6 = t5 / 2.2
    t7 = -2.8 - t6
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([0.4, -0.7, -1.2, -1.18, 0.2, -0.7, -0.5], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
