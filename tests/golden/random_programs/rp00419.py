import torch
import torch.nn.functional as F
torch.manual_seed(100419)
a = torch.tensor([[-0.2, -1.5, -1.7, 0.7], [-1.75, -1.2, -0.83, 0.8]], dtype=torch.float64, requires_grad=True)
try:
    t1 = a.expand(2, -1, -1)
    t2 = t1 * 1.8
    t3 = F.mse_loss(t2, torch.linspace(-1.5, 1.5, 16, dtype=torch.float64).reshape((2, 2, 4)), reduction='none')
    t4 = t3.square()
    t5 = t4.expand(2, 2, -1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.linspace(-1.5, 1.5, 16, dtype=torch.float64).reshape((2, 2, 4)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
