import torch
import torch.nn.functional as F
torch.manual_seed(100259)
a = torch.randn(3, requires_grad=True)
try:
    t1 = -1.05 + a
    t2 = torch.where(t1 < a, t1, a)
    t3 = t2 @ torch.tensor([[0.1, 0.1], [-0.9, 1.23], [0.6, -0.33], [0.72, -0.3]])
    t4 = torch.sin(t3)
    t4.relu_()
    t5 = t4[::2]
    t6 = t5.amax()
    t6.sigmoid_()
    t7 = t6.clone()
    t7.sigmoid_()
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
