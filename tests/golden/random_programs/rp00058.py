import torch
import torch.nn.functional as F
torch.manual_seed(100058)
a = torch.tensor(-1.9, requires_grad=True)
try:
    t1 = a[...]
    t2 = t1.unsqueeze(-1)
    t3 = t2.expm1()
    t4 = t3.expand(2, 1)
    t5 = torch.sin(t4)
    t6 = t5.index_select(1, torch.tensor([0, 0, 0, 0]))
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([[-0.08, -0.8, -0.63, 1.4], [1.4, -0.4, 0.93, -1.12]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
