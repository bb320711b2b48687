import torch
import torch.nn.functional as F
torch.manual_seed(100479)
a = torch.randn(3, 3, requires_grad=True)
b = torch.randn(3, 3, requires_grad=True)
c = (torch.rand(3) + 0.5).requires_grad_()
try:
    t1 = a.chunk(3, 0)[1]
    t2 = F.silu(t1)
    t2.add_(0.91)
    t2.relu_()
    t3 = torch.stack([t2, t1], -3)
    t4 = F.huber_loss(t3, torch.tensor([[[-1.4, 0.8, 1.3]], [[0.5, 0.28, 0.6]]]), reduction='none')
    t5 = t4 @ torch.tensor([[0.96, -0.5, 0.3], [0.4, 0.07, 0.7], [1.41, 1.1, 0.63]])
    t6 = t5.permute(0, 1, 2)
    t7 = t6 @ torch.tensor([[-1.4, -0.4], [0.44, -0.4], [-0.8, -0.2]])
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[[0.21, -0.5]], [[-0.83, -0.3]]]))
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
