import torch
import torch.nn.functional as F
torch.manual_seed(100281)
a = torch.tensor([[-0.1, 0.2, 1.4], [0.3, -1.5, 1.84], [-0.4, -0.13, -2.0]], requires_grad=True)
b = torch.tensor([[0.2, 0.41, 0.03], [1.4, 1.23, -1.3], [0.8, 1.2, 2.0]], requires_grad=True)
try:
    t1 = torch.maximum(a, b)
    t2 = b - t1
    t3 = torch.stack([t2, t2 * 0.5], -1)
    t4 = torch.where(t3 < torch.tensor([[[0.7], [1.06], [1.1]]]), t3, torch.tensor([[[0.7], [1.06], [1.1]]]))
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 18).reshape((3, 3, 2)))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
