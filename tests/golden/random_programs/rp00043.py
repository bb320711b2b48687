import torch
import torch.nn.functional as F
torch.manual_seed(100043)
a = torch.tensor([[[-1.4, 1.6, -0.5], [1.4, 1.96, -1.5], [-1.7, 1.8, -1.6]], [[-0.53, -0.2, -1.3], [0.15, -0.92, -1.6], [1.2, -0.1, 1.3]], [[1.03, 1.5, 1.8], [1.08, -1.0, -1.5], [1.49, 1.8, 1.1]]], requires_grad=True)
b = torch.tensor([[[-1.8, 0.7, -1.1], [-0.5, -1.98, 0.3], [1.7, -1.09, -0.7]], [[-0.52, 1.8, 0.4], [-0.3, -0.82, 1.64], [-1.9, 1.4, 0.97]], [[0.34, -0.6, -0.2], [-0.8, 0.4, 1.7], [-1.26, 0.9, 0.0]]], requires_grad=True)
try:
    t1 = torch.sum(a, dim=1, keepdim=True)
    t2 = torch.relu(t1)
    t3 = F.leaky_relu(t2, 0.1)
    t4 = t3.clamp(1.0, 1.9)
    t5 = torch.maximum(t4, torch.tensor([[[-1.3, 0.67, -1.1]], [[0.0, 0.36, 1.2]], [[-1.5, -1.5, 0.6]]]))
    t6 = t5 + a
    t7 = t6 * t1
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
