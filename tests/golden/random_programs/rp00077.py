import torch
import torch.nn.functional as F
torch.manual_seed(100077)
a = torch.tensor([[1.3, 0.06], [0.51, -1.81], [-1.7, -1.58]], requires_grad=True)
try:
    t1 = a.sum()
    t2 = t1[None]
    t3 = F.hardtanh(t2)
    t4 = t3.clone()
    t5 = -1.6 * t4
    t6 = t5 / (t1.abs() + 1)
    t7 = t6 * -1.44
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([-1.11]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
