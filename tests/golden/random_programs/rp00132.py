import torch
import torch.nn.functional as F
torch.manual_seed(100132)
a = torch.tensor([-1.71, -1.85, -1.88], requires_grad=True)
b = torch.tensor([1.0], requires_grad=True)
try:
    t1 = torch.neg(a)
    t1.mul_(1.2)
    t2 = torch.sigmoid(t1)
    t3 = t2[torch.tensor([True, False, True])]
    t3[..., 1:].mul_(1.2)
    t4 = torch.lerp(t3, b, 0.25)
    t5 = F.softplus(t4)
    t6 = t5 @ torch.tensor([[0.82], [-0.8]])
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-0.6]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
