import torch
import torch.nn.functional as F
torch.manual_seed(100184)
a = torch.tensor(-0.4, requires_grad=True)
b = torch.tensor(1.2, requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = a * c
    t1.relu_()
    t2 = t1.tanh()
    t3 = t2.flatten()
    t4 = t3 * -2.55
    t5 = t2 - t4
    t5.sub_(c)
    t6 = t5.clone()
    t7 = F.kl_div(F.log_softmax(t6, -1), torch.softmax(torch.tensor([-1.4]), -1), reduction='sum')
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
