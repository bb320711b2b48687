import torch
import torch.nn.functional as F
torch.manual_seed(100469)
a = torch.tensor([[0.22, -1.83]], requires_grad=True)
try:
    t1 = a.mean()
    t2 = 1.83 + t1
    t3 = t2.abs()
    t4 = t3 / (a.abs() + 1)
    t5 = torch.minimum(t2, t4)
    t6 = t5.half()
    t7 = F.silu(t6)
    t8 = torch.sign(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([[-1.15, -1.0]], dtype=torch.float16))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
