import torch
import torch.nn.functional as F
torch.manual_seed(100139)
a = torch.randn(1, 2, requires_grad=True)
try:
    t1 = a.floor()
    t2 = t1[..., 1, None]
    t3 = F.binary_cross_entropy_with_logits(t2, torch.tensor([[0.72]]), reduction='sum')
    t4 = t3.clone()
    t5 = torch.log1p(t4)
    t6 = torch.stack([t5, t4], -1)
    t7 = t6 - -1.96
    t8 = torch.gather(t7, -1, torch.tensor([0]))
    t9 = torch.cat([t7, t8], dim=0)
    t10 = t9.index_select(-1, torch.tensor([0, 0]))
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.tensor([0.3, 0.06]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
