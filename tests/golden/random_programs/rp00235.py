import torch
import torch.nn.functional as F
torch.manual_seed(100235)
a = torch.tensor([-1.2], requires_grad=True)
try:
    t1 = torch.gather(a, -1, torch.tensor([0]))
    t2 = F.leaky_relu(t1, 0.1)
    t3 = t2.clone()
    t4 = torch.maximum(t3, a)
    t5 = t4.clone()
    t6 = t5.narrow(0, 0, 1)
    t7 = torch.mul(a, t6)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
