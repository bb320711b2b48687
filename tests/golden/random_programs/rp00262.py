import torch
import torch.nn.functional as F
torch.manual_seed(100262)
a = torch.tensor([[[1.6, -1.92], [0.89, 1.2]], [[0.4, 1.8], [-1.86, 0.66]], [[-0.6, -0.88], [-1.35, -1.4]], [[1.03, -1.0], [1.0, -1.6]]], requires_grad=True)
try:
    t1 = a / -0.8
    t2 = t1.masked_fill(t1 < -1.76, -1.4)
    t3 = 1.6 + t2
    t4 = t3.cumsum(2)
    t5 = t4 - 1.8
    t6 = t5.std(2, keepdim=True)
    t7 = t6.to(t6.dtype)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[[0.7], [1.1]], [[0.6], [-1.0]], [[-1.1], [-0.9]], [[0.0], [0.2]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
