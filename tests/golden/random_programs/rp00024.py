import torch
import torch.nn.functional as F
torch.manual_seed(100024)
a = torch.tensor([0.2, -1.58, 1.68], requires_grad=True)
try:
    t1 = a[1:3]
    t2 = t1 / (torch.tensor([[0.9], [0.5]]).abs() + 1)
    t3 = torch.exp(t2)
    t4 = t3 + 0.0
    t4.mul_(1.1)
    t5 = t4 * -2.5
    t6 = t5[2:3]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.zeros((0, 2)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
