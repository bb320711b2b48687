import torch
import torch.nn.functional as F
torch.manual_seed(100273)
a = torch.tensor([[[0.3, 1.1, -0.2], [0.3, -1.3, 1.0], [1.97, 0.39, 0.0]], [[-0.8, -1.7, 1.1], [-0.8, 0.1, 1.4], [0.65, -1.41, -2.0]], [[0.2, -1.94, -1.95], [-0.8, 1.65, 1.09], [1.17, 1.1, -0.2]]], requires_grad=True)
try:
    t1 = a + torch.tensor([[[-1.43, 1.47, 0.87, -0.1, 0.8], [0.38, 0.68, -0.8, -0.7, 0.26], [-0.62, -0.5, -0.1, 0.9, 0.0]], [[-1.1, 1.32, 0.08, 0.18, 0.2], [1.08, -0.9, 0.8, -1.4, 0.5], [0.9, 0.46, -1.4, -0.9, -0.2]], [[0.65, -1.0, -0.29, -0.1, -1.4], [0.38, -1.1, 1.4, 0.0, 1.4], [1.0, -0.1, 1.24, -1.3, 1.2]]])
    t2 = t1[0:1]
    t3 = F.l1_loss(t2, torch.tensor([[[1.3, -0.4, -1.1], [-0.47, 1.1, 0.5], [-0.2, 1.4, -1.3]]]), reduction='none')
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.tensor([[[0.09, 0.5, -1.4], [-0.9, -1.4, -0.8], [-1.07, 0.2, 0.83]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
