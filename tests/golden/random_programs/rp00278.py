import torch
import torch.nn.functional as F
torch.manual_seed(100278)
a = torch.tensor([[0.4, 0.69], [-1.59, -1.38], [-0.73, -0.64]], requires_grad=True)
try:
    t1 = a.amax(1, keepdim=True)
    t2 = torch.neg(t1)
    t3 = t2.floor()
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[0.74], [-0.9], [1.1]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
