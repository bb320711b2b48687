import torch
import torch.nn.functional as F
torch.manual_seed(100404)
a = torch.tensor([[-1.52, -1.5], [0.7, 1.6]], requires_grad=True)
b = torch.tensor(-1.3, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1.unsqueeze(1)
    t3 = torch.matmul(t2, torch.tensor([-1.1, -0.37]))
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[-0.7], [1.3]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
