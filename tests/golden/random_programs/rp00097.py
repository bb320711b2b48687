import torch
import torch.nn.functional as F
torch.manual_seed(100097)
a = torch.tensor([[-0.1, 0.5, -1.2], [-0.8, -0.7, -1.0]], requires_grad=True)
try:
    t1 = torch.stack([a, a * 0.5], -2)
    t2 = torch.minimum(a, t1)
    t3 = torch.softmax(t2, dim=1)
    t4 = t3.chunk(2, 0)[1]
    t5 = t4 / (t1.abs() + 1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[[1.1, -0.5, 0.0], [-1.26, 1.5, -0.7]], [[0.2, 0.5, 1.2], [-1.07, 0.5, 0.1]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
