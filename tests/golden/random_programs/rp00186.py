import torch
import torch.nn.functional as F
torch.manual_seed(100186)
a = torch.randn(3, 3, 2, dtype=torch.float64, requires_grad=True)
try:
    t1 = torch.mul(torch.tensor([[[0.7], [-0.1], [0.7]], [[0.1], [1.28], [-0.27]], [[1.1], [0.1], [1.1]]]), a)
    t2 = t1.unbind(-1)[1]
    t3 = torch.cat((t2, torch.tensor([[0.1, 1.1, -1.42]], dtype=torch.float64)), -2)
    t4 = F.gelu(t3)
    t5 = torch.stack([t4, t3], 0)
    t6 = t5[1]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.sum().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
