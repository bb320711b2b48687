import torch
import torch.nn.functional as F
torch.manual_seed(100392)
a = torch.randn(1, 1, requires_grad=True)
b = torch.randn(1, 1, requires_grad=True)
c = torch.tensor([[-1.6]], requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1[::3]
    t3 = F.elu(t2)
    t4 = t3.add(-0.6, alpha=2)
    t5 = t4[torch.tensor([0])]
    t6 = t5.view(())
    t7 = t6.clone()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
