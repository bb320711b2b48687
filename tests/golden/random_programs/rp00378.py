import torch
import torch.nn.functional as F
torch.manual_seed(100378)
a = (torch.rand(3, 3) + 0.5).requires_grad_()
b = torch.randn(3, 3, requires_grad=True)
try:
    t1 = F.relu6(a)
    t2 = torch.lerp(t1, torch.tensor([-1.1, 1.13, 0.2]), 0.25)
    t3 = torch.tensor([[0.6, -0.56, 0.66]]) @ t2
    t4 = t3.unbind(-1)[0]
    t5 = torch.softmax(t4, dim=0)
    t6 = t5.clone()
    t6[0] = 0.96
    t6.relu_()
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.tensor([-0.69]))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
