import torch
import torch.nn.functional as F
torch.manual_seed(100461)
a = torch.randn((), requires_grad=True)
try:
    t1 = a.clone()
    t2 = torch.relu(t1)
    t3 = F.binary_cross_entropy(torch.sigmoid(t2), torch.tensor(0.7), reduction='sum')
    t4 = t3.clamp(min=17.1)
    t5 = torch.stack([t4, t4 * 0.5], -1)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([1.1, 1.2]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
