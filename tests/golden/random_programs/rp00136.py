import torch
import torch.nn.functional as F
torch.manual_seed(100136)
a = torch.tensor(1.3, requires_grad=True)
b = torch.tensor(0.63, requires_grad=True)
try:
    t1 = torch.stack([a, b], -1)
    t2 = torch.minimum(a, t1)
    t3 = torch.gather(t2, -1, torch.tensor([1]))
    t4 = t3.index_select(0, torch.tensor([0, 0, 0, 0]))
    t5 = t4.add(-2.5, alpha=2)
    t6 = F.binary_cross_entropy_with_logits(t5, torch.tensor([0.8, 0.77, 0.09, 0.29]))
    t7 = t6.expand(())
    t8 = torch.maximum(t7, torch.tensor(-0.98))
    t8.sigmoid_()
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
