import torch
import torch.nn.functional as F
torch.manual_seed(100364)
a = torch.tensor([[2.0, -0.3, -1.9]], requires_grad=True)
try:
    t1 = torch.minimum(torch.tensor([-0.17, 0.05, 0.9]), a)
    t2 = t1.tanh()
    t3 = t2.std(-2, correction=0, keepdim=True)
    t4 = torch.tensor([[1.4], [0.6], [-1.4]]) @ t3
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.backward(gradient=torch.tensor([[1.33, -1.0, 0.58], [0.4, -1.18, -1.1], [-1.22, 0.6, -0.3]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
