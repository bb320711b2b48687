import torch
import torch.nn.functional as F
torch.manual_seed(100204)
a = torch.tensor([[-1.2, -0.9], [-0.8, -1.49], [0.88, -1.35], [-1.49, -0.1]], requires_grad=True)
b = torch.tensor([1.8, -1.36], requires_grad=True)
try:
    t1 = a.mm(torch.tensor([[-1.1, 0.3], [-1.13, -1.1]]))
    t2 = t1.reshape(1, 2, 4)
    t3 = t2.clone()
    t4 = t3.index_select(2, torch.tensor([2, 1, 2, 2]))
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
