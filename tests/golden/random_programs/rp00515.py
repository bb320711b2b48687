import torch
import torch.nn.functional as F
torch.manual_seed(100515)
a = torch.tensor([[-1.93, 0.0], [-0.5, 0.7]], requires_grad=True)
b = torch.tensor([[1.6, 0.96], [-1.1, -0.2]], requires_grad=True)
try:
    t1 = a[..., 1, None]
    t2 = torch.tensor([[1.3, 0.0], [1.3, -0.92], [0.22, -1.0]]) @ t1
    t3 = t2 + torch.tensor([[-1.3], [-0.22], [-1.24]])
    t3.sigmoid_()
    t4 = torch.where(t3 < t2, t3, t2)
    t5 = torch.where(t4 > -1.25, t4, 1.5)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[-0.91], [-1.3], [-1.3]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
