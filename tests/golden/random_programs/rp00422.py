import torch
import torch.nn.functional as F
torch.manual_seed(100422)
a = (torch.rand(1, 3) + 0.5).requires_grad_()
try:
    t1 = F.silu(a)
    t2 = -2.66 + t1
    t3 = t2.floor()
    t4 = t3.half()
    t5 = t4.float()
    t6 = t5.expm1()
    t7 = F.l1_loss(t6, torch.tensor([[-0.32, -0.97, -1.2]]))
    t8 = t7 - -1.1
    t9 = t8 / (t3.abs() + 1)
    t10 = t9[-1]
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.tensor([1.3, 0.0, -0.5]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
