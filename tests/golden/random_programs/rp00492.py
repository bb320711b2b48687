import torch
import torch.nn.functional as F
torch.manual_seed(100492)
a = torch.tensor([[[-1.68, -0.39, -0.52]]], requires_grad=True)
b = torch.randn(1, 1, 3, requires_grad=True)
try:
    t1 = 1.1 * a
    t2 = t1.add(-1.4, alpha=2)
    t3 = t2.clamp(-4.12, -1.32)
    t4 = t3.unbind(-1)[2]
    t5 = F.silu(t4)
    t6 = t5.var(1, keepdim=True)
    t7 = t6.norm(p=3, dim=-2)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([-1.1]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
