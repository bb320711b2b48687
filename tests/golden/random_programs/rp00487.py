import torch
import torch.nn.functional as F
torch.manual_seed(100487)
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
try:
    t1 = torch.stack([a, a * 0.5], -1)
    t2 = t1 + 2.1
    t3 = t2.chunk(3, 0)[0]
    t4 = t3 - -1.8
    t5 = t4.amax(0, keepdim=True)
    t6 = t5.mean(dim=0, keepdim=True)
    t7 = torch.maximum(t6, torch.tensor([0.9, -0.5]))
    t8 = torch.softmax(t7, dim=0)
    t9 = F.softplus(t8)
    t10 = t9.unbind(-1)[0]
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
