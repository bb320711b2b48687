import torch
import torch.nn.functional as F
torch.manual_seed(100142)
a = torch.tensor([0.01, -0.88], requires_grad=True)
b = torch.tensor([-1.66, 0.2], requires_grad=True)
try:
    t1 = F.l1_loss(a, torch.tensor([0.44, -1.19]))
    t2 = torch.stack([t1, t1 * 0.5], 0)
    t3 = t2 - -1.0
    t4 = torch.mul(torch.tensor([[0.8, 0.9], [-0.1, -0.3], [1.3, -1.4]]), t3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[0.9, 0.2], [-1.3, -1.35], [0.5, 1.1]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
