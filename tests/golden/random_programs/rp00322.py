import torch
import torch.nn.functional as F
torch.manual_seed(100322)
a = torch.randn(1, requires_grad=True)
b = torch.tensor([-1.73], requires_grad=True)
c = torch.tensor([2.0], requires_grad=True)
try:
    t1 = a.expm1()
    t2 = torch.cat((t1, torch.tensor([-1.5, -1.3])), 0)
    t3 = t2.tanh()
    t4 = torch.stack([t3, t3 * 0.5], 1)
    t5 = t4[::3]
    t6 = torch.tensor([[-1.3], [-0.4], [-0.7]]) @ t5
    t7 = t6.tanh()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[-0.29, -1.2], [-0.4, -0.1], [0.5, 0.4]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
