import torch
import torch.nn.functional as F
torch.manual_seed(100343)
a = torch.tensor([-0.5, -0.18, 1.7, 0.28], requires_grad=True)
try:
    t1 = torch.gather(a, -1, torch.tensor([1, 2, 3]))
    t2 = t1.add(-0.9, alpha=2)
    t3 = t2.clone()
    t4 = torch.sin(t3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([-0.3, -1.2, 1.11]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
