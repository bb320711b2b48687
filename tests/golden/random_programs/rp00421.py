import torch
import torch.nn.functional as F
torch.manual_seed(100421)
a = torch.tensor([[-1.6, 0.3, -0.4], [1.2, -0.3, -1.6], [-0.9, -1.6, 0.6], [1.5, 0.2, -0.91]], requires_grad=True)
b = torch.randn(4, 3, requires_grad=True)
c = torch.randn(1, 3, requires_grad=True)
try:
    t1 = a @ torch.tensor([[-1.36], [-1.07], [0.14]])
    t2 = t1.add(-2.25, alpha=2)
    t3 = t2.amax(0)
    t4 = t3[torch.tensor([0])]
    t4.clamp_(-1.4, 1.4)
    t5 = t4.expm1()
    t6 = t5.index_select(-1, torch.tensor([0, 0]))
    t7 = F.mse_loss(t6, torch.zeros_like(t6), reduction='none')
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([-1.5, 1.3]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
