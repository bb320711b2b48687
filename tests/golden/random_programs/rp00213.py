import torch
import torch.nn.functional as F
torch.manual_seed(100213)
a = torch.tensor([1.06, -0.03], requires_grad=True)
try:
    t1 = a.clone()
    t2 = torch.lerp(t1, torch.tensor(-0.31), 0.25)
    t3 = torch.gather(t2, 0, torch.tensor([0, 0, 0]))
    t4 = torch.tensor([1.43, 1.0, -0.04]) - t3
    t5 = torch.lerp(t4, torch.tensor([-0.6]), 0.25)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
