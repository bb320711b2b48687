import torch
import torch.nn.functional as F
torch.manual_seed(100094)
a = torch.tensor([[[0.0, -0.8], [0.96, -0.9]]], requires_grad=True)
b = torch.tensor(0.4, requires_grad=True)
try:
    t1 = a.clone()
    t2 = t1[..., 1, None]
    t3 = t2.to(dtype=torch.double)
    t4 = t3.std(2, correction=0)
    t5 = 2.9 + t4
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[0.9, 1.27]], dtype=torch.float64))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
