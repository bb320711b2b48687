import torch
import torch.nn.functional as F
torch.manual_seed(100071)
a = torch.randn(2, 2, 2, requires_grad=True)
b = torch.tensor([[[1.3, -0.7], [1.6, -0.3]], [[0.73, 1.68], [-0.9, -1.4]]], requires_grad=True)
try:
    t1 = a * 1.0
    t1.relu_()
    t1.relu_()
    t2 = t1[torch.tensor([False, True])]
    t3 = torch.minimum(torch.tensor([[[1.4, 0.0], [-1.24, -0.2]]]), t2)
    t4 = t3.cos()
    t5 = t4[-1]
    t6 = torch.stack([t5, t5 * 0.5], -1)
    t7 = t6.unsqueeze(0)
    t8 = t7.clamp(min=0.0)
    t9 = torch.gather(t8, 1, torch.tensor([[[[0, 0], [1, 1]]]]))
    out = t9
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9,)])
    out.backward(gradient=torch.tensor([[[[0.0, 0.07], [-1.1, -0.4]]]]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
