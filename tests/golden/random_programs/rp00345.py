import torch
import torch.nn.functional as F
torch.manual_seed(100345)
a = torch.randn(4, 3, 2, requires_grad=True)
try:
    t1 = torch.lerp(a, torch.linspace(-1.5, 1.5, 24).reshape((4, 3, 2)), 0.25)
    t2 = torch.where(t1 < torch.tensor([[[-1.2, -0.4]], [[0.5, 0.4]], [[-1.24, -0.7]], [[1.19, -0.5]]]), t1, torch.tensor([[[-1.2, -0.4]], [[0.5, 0.4]], [[-1.24, -0.7]], [[1.19, -0.5]]]))
    t3 = t2.flatten()
    t4 = torch.sign(t3)
    t5 = F.relu6(t4)
    t6 = t5[-11]
    t7 = t6[None]
    t8 = -2.7 - t7
    t9 = torch.gather(t8, 0, torch.tensor([0, 0]))
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([-0.6, 0.52]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
