import torch
import torch.nn.functional as F
torch.manual_seed(100253)
a = torch.tensor([[-2.0, -1.5, -0.35], [-1.5, -1.1, 0.46], [-0.37, -0.9, -0.8]], requires_grad=True)
try:
    t1 = torch.matmul(a, torch.tensor([0.93, 0.9, 1.01]))
    t2 = t1 ** 2
    t3 = torch.softmax(t2, dim=0)
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([-1.5, 0.6, 0.2]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
