import torch
import torch.nn.functional as F
torch.manual_seed(100457)
a = torch.tensor(0.46, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1.tanh()
    t3 = torch.stack([t2, t2 * 0.5], 0)
    t4 = t3.index_select(0, torch.tensor([1, 0, 0, 0]))
    t5 = t4 - 2.27
    t6 = t5.mean(dim=0)
    t7 = t6[None]
    t8 = t7 + 1.6
    t9 = t8.expand(2, 3)
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([[-1.4, 0.8, -0.34], [0.4, 1.1, -1.3]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
