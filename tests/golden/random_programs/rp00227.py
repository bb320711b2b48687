import torch
import torch.nn.functional as F
torch.manual_seed(100227)
a = torch.tensor([1.0, 0.3, 0.9], requires_grad=True)
b = torch.randn(3, requires_grad=True)
try:
    t1 = a @ torch.tensor([[0.5], [-1.2], [1.3]])
    t2 = torch.softmax(t1, dim=0)
    t3 = F.binary_cross_entropy(torch.sigmoid(t2), torch.tensor([0.87]))
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
