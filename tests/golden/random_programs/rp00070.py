import torch
import torch.nn.functional as F
torch.manual_seed(100070)
a = torch.tensor(-1.34, requires_grad=True)
try:
    t1 = a.clone()
    t1.sigmoid_()
    t2 = t1.square()
    t3 = torch.stack([t2, t2 * 0.5], 0)
    t4 = -2.62 - t3
    t5 = t4.max(0, keepdim=True)[0]
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([0.9]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
