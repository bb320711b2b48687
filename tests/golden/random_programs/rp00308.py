import torch
import torch.nn.functional as F
torch.manual_seed(100308)
a = torch.randn((), requires_grad=True)
try:
    t1 = a.half()
    t1.relu_()
    t2 = t1 - a
    t3 = t2.tanh()
    t4 = t3 + a
    t5 = t4.clone()
    t6 = F.elu(t5)
    t7 = torch.where(t6 < t5, t6, t5)
    t8 = t7.view(())
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
