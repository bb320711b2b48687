import torch
import torch.nn.functional as F
torch.manual_seed(100098)
a = torch.tensor([[[-1.39], [1.0], [2.0], [1.12]], [[0.7], [-0.8], [-1.1], [0.2]], [[0.3], [-1.3], [-1.06], [-0.78]]], requires_grad=True)
b = torch.randn(3, 4, 1, requires_grad=True)
try:
    t1 = 2.03 * a
    t2 = F.mse_loss(t1, torch.zeros_like(t1), reduction='none')
    t3 = t2[torch.tensor([2, 2, 0, 1])]
    t4 = t3.chunk(2, 0)[1]
    t5 = torch.maximum(t4, torch.tensor([[[0.78], [-1.28], [0.21], [0.8]]]))
    t6 = torch.sigmoid(t5)
    t7 = torch.gather(t6, 2, torch.tensor([[[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]], [[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]]]))
    t8 = torch.tensor([[-0.5, 1.29, -1.0]]) - t7
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.mean().backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
