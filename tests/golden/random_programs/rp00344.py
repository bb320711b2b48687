import torch
import torch.nn.functional as F
torch.manual_seed(100344)
a = torch.tensor([0.8, 0.2, 0.8], requires_grad=True)
b = torch.randn(3, requires_grad=True)
c = torch.randn((), requires_grad=True)
try:
    t1 = torch.relu(a)
    t2 = t1 + c
    t3 = t2.sum(-1)
    t3.relu_()
    t4 = t3.floor()
    t5 = torch.stack([t4, c], 0)
    t6 = torch.lerp(t5, torch.tensor([-1.02, -0.6]), 0.25)
    t7 = t6[torch.tensor([False, True])]
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([0.8]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
