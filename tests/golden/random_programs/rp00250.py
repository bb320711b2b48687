import torch
import torch.nn.functional as F
torch.manual_seed(100250)
a = torch.randn(2, 3, requires_grad=True)
b = torch.tensor([[-1.7, 0.2, 0.3], [-1.2, -1.3, -1.08]], requires_grad=True)
try:
    t1 = a + -1.7
    t2 = t1 / -1.9
    t2[0] = 1.84
    t3 = t2 / (t1.abs() + 1)
    t3[0] = 0.8
    t4 = 1.14 - t3
    t5 = t4.reshape(2, 3)
    t6 = t5.chunk(2, 0)[1]
    t7 = t6[..., 2, None]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[0.4]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
