import torch
import torch.nn.functional as F
torch.manual_seed(100059)
a = torch.tensor([-1.08, 1.0, -0.89], requires_grad=True)
try:
    t1 = a.to(torch.float64)
    t2 = t1.clone()
    t3 = t2[torch.tensor([False, True, True])]
    t4 = t3.expm1()
    t5 = torch.sum(t4, dim=0)
    t6 = t5[...]
    t7 = t6 + 0.7
    t8 = t7.view(2)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
