import torch
import torch.nn.functional as F
torch.manual_seed(100309)
a = torch.randn(4, 1, requires_grad=True)
try:
    t1 = a.clone()
    t1[0] = 0.87
    t1.mul_(-1.0)
    t2 = t1.permute(0, 1)
    out = t2
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2,)])
    out.backward(gradient=torch.tensor([[-0.8], [-0.1], [-0.19], [0.4]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
