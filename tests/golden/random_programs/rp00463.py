import torch
import torch.nn.functional as F
torch.manual_seed(100463)
a = torch.tensor([-1.35, -0.34], requires_grad=True)
try:
    t1 = a[torch.tensor([False, False])]
    t2 = t1 @ torch.zeros((0, 2))
    t3 = torch.minimum(a, t2)
    t4 = t3[t3 > 0.93]
    t5 = 1.65 + t4
    t6 = torch.neg(t5)
    t7 = torch.sign(t6)
    t8 = t7.amax()
    t9 = t8.unsqueeze(0)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([1.0]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
