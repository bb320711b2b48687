import torch
import torch.nn.functional as F
torch.manual_seed(100351)
a = torch.tensor([[0.2], [1.5], [-1.64]], requires_grad=True)
try:
    t1 = a - -0.5
    t2 = t1.chunk(2, 0)[1]
    t3 = t2[torch.tensor([True])]
    t4 = t3.squeeze()
    t5 = t4.clone()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
