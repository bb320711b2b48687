import torch
import torch.nn.functional as F
torch.manual_seed(100254)
a = torch.randn(2, 4, 2, requires_grad=True)
b = torch.tensor([[[0.7], [1.4], [1.9], [-0.4]]], requires_grad=True)
c = (torch.rand(2, 4, 2) + 0.5).requires_grad_()
try:
    t1 = torch.cat((a, torch.tensor([[[-1.2, 0.74], [-0.45, 0.6], [0.5, -0.2], [0.01, -0.2]], [[0.8, 0.75], [0.9, 0.96], [1.5, -0.3], [-0.4, -0.2]]])), 2)
    t2 = t1.masked_fill(t1 < 1.8, 0.43)
    t3 = t2 @ torch.tensor([[-0.69, 0.5, 0.54], [1.3, 0.26, -1.4], [-0.1, -1.5, 1.4], [1.4, -1.2, 0.4]])
    t4 = t3[torch.tensor([0, 1, 0, 1])]
    t5 = t4.var(-3, unbiased=False)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[-0.8, 1.0, 0.35], [1.03, -1.4, -1.5], [-0.7, -1.3, 0.1], [-1.3, -1.3, 0.7]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
