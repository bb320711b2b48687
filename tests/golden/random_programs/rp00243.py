import torch
import torch.nn.functional as F
torch.manual_seed(100243)
a = torch.randn(2, 2, requires_grad=True)
try:
    t1 = a @ torch.tensor([[1.1], [0.7]])
    t2 = t1.mm(torch.tensor([[-0.54, 0.37]]))
    t3 = t2.half()
    t4 = t3 - 2.4
    t4.sub_(t3)
    t5 = t4[..., 1, None]
    t6 = F.leaky_relu(t5, 0.1)
    t7 = t6[1]
    t8 = t6 - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
