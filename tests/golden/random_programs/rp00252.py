import torch
import torch.nn.functional as F
torch.manual_seed(100252)
a = torch.tensor([[[-2.0, 1.1], [1.47, -1.3], [1.3, -1.8], [-0.9, 1.47]], [[0.8, 0.7], [1.8, 0.6], [-0.1, 0.1], [0.7, 1.0]], [[0.6, 0.75], [0.5, 0.17], [0.2, -1.1], [0.1, -0.96]]], requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[[1.4, -0.1], [-0.26, -0.79]], [[-1.0, 0.81], [-0.4, -1.1]], [[-0.6, 0.5], [-0.78, 0.0]]])), 1)
    t2 = t1 ** 3
    t3 = t2 / (t1.abs() + 1)
    t4 = torch.sin(t3)
    t4[0] = 1.4
    t5 = t4.to(torch.float64)
    t6 = t5.narrow(0, 2, 1)
    t7 = t6.var(2, correction=0)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[-1.4, -0.1, -0.54, -1.4, 1.0, 1.0]], dtype=torch.float64))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
