import torch
import torch.nn.functional as F
torch.manual_seed(100415)
a = torch.tensor([[[-0.2]]], requires_grad=True)
b = torch.tensor([-0.28], requires_grad=True)
try:
    t1 = b - a
    t2 = t1.floor()
    t3 = torch.maximum(t2, a)
    t4 = t3 + 1.6
    t5 = t4[0:2]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[[0.9]]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
