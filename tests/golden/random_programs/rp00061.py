import torch
import torch.nn.functional as F
torch.manual_seed(100061)
a = torch.tensor([-0.1, -0.1], requires_grad=True)
b = torch.tensor([-1.9], requires_grad=True)
try:
    t1 = a.clone()
    t1.masked_fill_(t1 > 1.3, 1.3)
    t2 = F.softplus(t1)
    t3 = t2.chunk(2, 0)[1]
    t4 = t3[..., 0, None]
    t5 = torch.stack([t4, b], -1)
    t6 = t5.double()
    t7 = torch.minimum(b, t6)
    t8 = torch.gather(t7, 1, torch.tensor([[0, 1]]))
    t9 = t8.clone()
    t10 = t9 + torch.tensor([[-1.1, 1.29]])
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.backward(gradient=torch.tensor([[1.1, 1.0]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
