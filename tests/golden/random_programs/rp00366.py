import torch
import torch.nn.functional as F
torch.manual_seed(100366)
a = torch.randn(3, 1, requires_grad=True)
b = torch.tensor(0.46, requires_grad=True)
c = torch.tensor([[1.4], [-0.8], [-0.5]], requires_grad=True)
try:
    t1 = F.binary_cross_entropy(torch.sigmoid(a), torch.tensor([[0.5], [0.6], [0.32]]), reduction='none')
    t2 = t1.half()
    t3 = t2.float()
    t4 = t3.half()
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[0.98], [0.6], [1.3]], dtype=torch.float16))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
