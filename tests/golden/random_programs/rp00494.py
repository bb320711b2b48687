import torch
import torch.nn.functional as F
torch.manual_seed(100494)
a = torch.tensor([[[0.6, -0.41]]], requires_grad=True)
try:
    t1 = a.amax(2)
    t1[0] = 1.2
    t2 = t1[:, torch.tensor([0, 0])]
    t3 = t2 ** 3
    t4 = torch.maximum(t3, torch.tensor([[-1.49, 0.9], [-0.2, 1.1], [-1.06, 1.49]]))
    t5 = t4.square()
    t6 = torch.gather(t5, 0, torch.tensor([[0, 1]]))
    t7 = t6.transpose(0, 1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
