import torch
import torch.nn.functional as F
torch.manual_seed(100483)
a = torch.randn(2, requires_grad=True)
try:
    t1 = F.mse_loss(a, torch.tensor([0.8, 0.7]), reduction='sum')
    t2 = t1.clone()
    t3 = t2 + -1.99
    t4 = t3[None]
    t4.relu_()
    t5 = torch.log1p(t4)
    t5.clamp_(-1.4, 1.4)
    t6 = torch.maximum(t5, torch.tensor([1.1]))
    t7 = torch.tensor([-0.7]) - t6
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([0.8]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
