import torch
import torch.nn.functional as F
torch.manual_seed(100516)
a = torch.tensor([-1.26, -0.86, 0.98], requires_grad=True)
b = (torch.rand(3) + 0.5).requires_grad_()
try:
    t1 = torch.sigmoid(a)
    t2 = t1 @ torch.tensor([[0.7], [0.5], [-0.9]])
    t3 = torch.cat((t2, torch.tensor([-0.71])), -1)
    t4 = torch.matmul(t3, torch.tensor([-0.6, 1.5]))
    t5 = t4 / (torch.tensor([0.5, 0.0, -1.1]).abs() + 1)
    t6 = torch.minimum(t1, t5)
    t7 = 2.7 * t6
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([-0.2, -1.0, -0.46]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
