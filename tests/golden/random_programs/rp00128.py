import torch
import torch.nn.functional as F
torch.manual_seed(100128)
a = torch.tensor([-0.7, 1.4], requires_grad=True)
try:
    t1 = a.clone()
    t2 = -2.8 + t1
    t3 = t2.half()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([-1.2, 0.1], dtype=torch.float16))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
