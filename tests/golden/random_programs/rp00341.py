import torch
import torch.nn.functional as F
torch.manual_seed(100341)
a = torch.randn(3, 3, 4, requires_grad=True)
try:
    t1 = a.add(-2.6, alpha=2)
    t2 = t1.unsqueeze(3)
    t3 = torch.gather(t2, -1, torch.tensor([[[[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]]], [[[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]]], [[[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]]]]))
    out = t3
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 72).reshape((3, 3, 4, 2)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
