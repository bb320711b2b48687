import torch
import torch.nn.functional as F
torch.manual_seed(100352)
a = torch.tensor([[[-1.44, -1.5], [-0.61, -0.37], [0.0, 0.56], [-0.5, -0.66]], [[-0.1, -1.4], [1.2, -1.5], [1.0, 1.5], [-1.9, 0.5]], [[1.5, 1.4], [1.4, -0.6], [1.4, 1.0], [0.0, -1.8]]], requires_grad=True)
b = torch.tensor([1.5, -0.86], requires_grad=True)
try:
    t1 = a @ torch.tensor([[-0.2, -1.4, -0.51], [1.4, -0.4, 1.01]])
    t2 = t1.chunk(3, 0)[0]
    t3 = torch.where(t2 < torch.tensor([[0.8, -0.63, -0.6]]), t2, torch.tensor([[0.8, -0.63, -0.6]]))
    t4 = torch.maximum(t3, t1)
    t5 = t4.clone()
    t5[0] = 1.16
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.sum().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
