import torch
import torch.nn.functional as F
torch.manual_seed(100113)
a = torch.tensor([[1.32], [-1.32], [-1.68], [0.2]], requires_grad=True)
b = torch.tensor([[-0.62], [-0.27], [-0.9], [1.4]], requires_grad=True)
try:
    t1 = a.sum()
    t2 = t1[None]
    t3 = t2.std(0, unbiased=False, keepdim=True)
    t4 = t3[torch.tensor([False])]
    t5 = torch.sin(t4)
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.zeros((0,)))
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
