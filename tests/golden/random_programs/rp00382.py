import torch
import torch.nn.functional as F
torch.manual_seed(100382)
a = torch.tensor([[[1.07, 0.9], [-1.3, -0.84]], [[1.3, 0.49], [2.0, 0.3]]], dtype=torch.float64, requires_grad=True)
try:
    t1 = a[0:3]
    t2 = t1.contiguous()
    t3 = t2.flatten()
    t4 = F.huber_loss(t3, torch.tensor([-1.3, 0.1, 1.4, -0.83, 0.5, -1.3, -0.24, 0.9], dtype=torch.float64))
    t5 = torch.stack([t4, t4 * 0.5], 0)
    t6 = F.relu6(t5)
    t7 = t6 + t4
    t8 = t7.flatten()
    t9 = torch.softmax(t8, dim=-1)
    t10 = torch.sigmoid(t9)
    out = t10
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10,)])
    out.mean().backward()
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
