import torch
import torch.nn.functional as F
torch.manual_seed(100432)
a = torch.tensor([[-0.8, 0.3], [0.8, 1.7], [0.6, -1.17]], requires_grad=True)
try:
    t1 = torch.stack([a, a * 0.5], 2)
    t2 = t1 - -1.24
    t3 = t2 / -2.6
    t4 = torch.where(t3 > 0.22, t3, -1.2)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[[-1.11, -1.17], [1.0, 0.99]], [[-0.37, 0.7], [1.2, 1.1]], [[-0.64, 0.6], [-0.41, -0.6]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
