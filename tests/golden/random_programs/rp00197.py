import torch
import torch.nn.functional as F
torch.manual_seed(100197)
a = (torch.rand(2, 3, 1) + 0.5).requires_grad_()
try:
    t1 = torch.log(a)
    t2 = t1.add(-2.04, alpha=2)
    t3 = t2 + t1
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[[-0.62], [0.81], [1.04]], [[-0.34], [1.5], [-1.1]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
