import torch
import torch.nn.functional as F
torch.manual_seed(100405)
a = (torch.rand(3, 2) + 0.5).requires_grad_()
b = torch.randn((), requires_grad=True)
try:
    t1 = a / 1.0
    t1[..., 1:].mul_(0.99)
    t2 = t1.reshape(2, 3, 1)
    t3 = torch.where(t2 < torch.tensor([[[-0.22], [0.67], [1.5]], [[0.1], [0.96], [0.82]]]), t2, torch.tensor([[[-0.22], [0.67], [1.5]], [[0.1], [0.96], [0.82]]]))
    t4 = t3.transpose(2, 0)
    t5 = t4 @ torch.tensor([[-1.2], [-0.5]])
    t6 = t5.flatten()
    t7 = -0.7 - t6
    t8 = t7[torch.tensor([2, 0, 2])]
    t9 = t8 + t6
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([-0.44, -1.0, 0.8]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
