import torch
import torch.nn.functional as F
torch.manual_seed(100165)
a = (torch.rand(3, 1) + 0.5).requires_grad_()
b = torch.tensor([[-1.9], [1.68], [-0.2]], requires_grad=True)
try:
    t1 = a @ torch.tensor([[0.1, -1.4, -0.2]])
    t2 = torch.stack([t1, t1 * 0.5], 2)
    t3 = t2.clone()
    t4 = torch.relu(t3)
    out = t4
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
