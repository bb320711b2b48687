import torch
import torch.nn.functional as F
torch.manual_seed(100017)
a = torch.tensor([-0.63, 0.3], requires_grad=True)
try:
    t1 = torch.mul(torch.tensor([-1.4]), a)
    t2 = t1.expand(2, -1)
    t3 = torch.relu(t2)
    t4 = torch.mul(torch.tensor([-1.28, 1.2]), t3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[0.48, 0.5], [-1.2, -1.2]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
