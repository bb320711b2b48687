import torch
import torch.nn.functional as F
torch.manual_seed(100453)
a = torch.tensor([[-0.5, 0.8], [-0.92, -1.4], [-0.8, 0.18], [0.2, -0.16]], requires_grad=True)
b = torch.tensor([[1.8], [-0.8], [0.3], [1.8]], requires_grad=True)
c = torch.randn(1, 2, requires_grad=True)
try:
    t1 = a.to(dtype=torch.double)
    t2 = t1.float()
    t3 = -0.7 + t2
    t4 = torch.minimum(b, t3)
    t5 = t4.clamp(min=-0.7)
    t6 = torch.cat((t5, torch.tensor([[0.0], [1.3], [0.2], [-0.04]])), -1)
    t7 = 1.45 + t6
    t8 = t7.mm(torch.tensor([[-0.44], [0.54], [-0.5]]))
    t9 = torch.gather(t8, 0, torch.tensor([[0], [2]]))
    t10 = F.gelu(t9)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
