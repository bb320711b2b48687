import torch
import torch.nn.functional as F
torch.manual_seed(100440)
a = torch.randn(4, 1, 4, requires_grad=True)
try:
    t1 = a.permute(0, 1, 2)
    t2 = t1 + 0.0
    t2.add_(1.5)
    t3 = t2.to(torch.float64)
    t4 = t3.tanh()
    t5 = t4.clone()
    t6 = torch.where(t5 < t4, t5, t4)
    t7 = t6.mean(dim=1)
    t8 = t7.index_select(-1, torch.tensor([0, 2]))
    t9 = t8.clamp(min=0.9)
    t10 = t9.clone()
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.tensor([[-1.4, 1.0], [0.4, 1.4], [1.12, -1.44], [-0.03, -0.8]], dtype=torch.float64))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
