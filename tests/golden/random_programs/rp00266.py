import torch
import torch.nn.functional as F
torch.manual_seed(100266)
a = torch.randn(3, requires_grad=True)
try:
    t1 = a.norm(p=3, dim=0)
    t2 = t1.clone()
    t3 = t2.amax()
    t4 = t3.add(2.2, alpha=2)
    t5 = t4.flatten()
    t6 = t5.narrow(0, 0, 1)
    t7 = torch.cat((t6, torch.tensor([1.4])), -1)
    t8 = torch.gather(t7, 0, torch.tensor([1, 0, 1]))
    t9 = F.mse_loss(t8, torch.tensor([-0.5, 1.15, 0.2]), reduction='sum')
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
