import torch
import torch.nn.functional as F
torch.manual_seed(100519)
a = torch.randn(3, 3, requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = a.half()
    t2 = t1 / (a.abs() + 1)
    t3 = t2[:, 0]
    t4 = a - t3
    t5 = t4 / 2.1
    t6 = torch.relu(t5)
    t7 = torch.mul(t5, t6)
    t8 = t7[0]
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([-0.5, -1.0, 1.18], dtype=torch.float16))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
