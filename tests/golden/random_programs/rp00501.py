import torch
import torch.nn.functional as F
torch.manual_seed(100501)
a = torch.tensor([[2.0, -1.5, 1.5, 0.3], [-1.0, -2.0, 1.49, -0.87], [-1.7, 0.38, 1.9, -0.7], [-1.7, 1.3, -0.8, -0.9]], requires_grad=True)
try:
    t1 = torch.logsumexp(a, -1, keepdim=True)
    t2 = torch.mul(a, t1)
    t3 = t2 - -0.8
    t4 = torch.clamp(t3, max=-3.8)
    t5 = torch.mul(torch.tensor([[0.42, -0.7, 0.86, 0.87]]), t4)
    t6 = torch.minimum(a, t5)
    t7 = torch.cat((t6, torch.tensor([[-0.6, -1.29, 0.59, -0.8]])), 0)
    t8 = torch.logsumexp(t7, 0)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward(gradient=torch.tensor([1.4, 1.3, -1.18, -1.41]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
