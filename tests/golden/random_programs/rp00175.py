import torch
import torch.nn.functional as F
torch.manual_seed(100175)
a = torch.tensor([[-1.05, 1.6, -0.9], [-0.52, -1.4, -1.1], [-2.0, 1.3, 1.2]], requires_grad=True)
b = torch.tensor([-0.1, -1.2, 1.1], requires_grad=True)
c = torch.randn(3, 1, requires_grad=True)
try:
    t1 = F.silu(a)
    t2 = t1.clone()
    t2.mul_(-0.7)
    t3 = t2.max(-1)[0]
    t4 = t3.var(0, keepdim=True)
    t5 = t4 @ torch.tensor([[0.4]])
    t6 = t5 + torch.tensor([-0.1])
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([0.5]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
