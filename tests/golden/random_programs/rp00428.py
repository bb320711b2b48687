import torch
import torch.nn.functional as F
torch.manual_seed(100428)
a = torch.randn(4, requires_grad=True)
try:
    t1 = a.norm(dim=0)
    t2 = torch.lerp(t1, a, 0.25)
    t3 = torch.gather(t2, 0, torch.tensor([1, 2, 2]))
    t4 = t3.clone()
    t5 = t4.unsqueeze(-1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([[1.08], [0.41], [-0.87]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
