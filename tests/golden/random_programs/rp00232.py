import torch
import torch.nn.functional as F
torch.manual_seed(100232)
a = torch.tensor([[1.5, 1.8, 1.7], [-0.5, 1.33, -0.5]], requires_grad=True)
try:
    t1 = a.sum(3)
    t2 = torch.where(t1 > -1.0, t1, 1.6)
    t3 = torch.neg(t2)
    t4 = t3.long()
    t5 = t4.clone()
    t6 = torch.clamp(t5, max=0.92)
    t7 = t6[...]
    t8 = t7[None]
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([0.0]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
