import torch
import torch.nn.functional as F
torch.manual_seed(100385)
a = torch.tensor([[-0.58], [0.18]], requires_grad=True)
try:
    t1 = F.silu(a)
    t2 = F.elu(t1)
    t3 = t2.min(0)[0]
    t4 = t3.index_select(0, torch.tensor([0]))
    t5 = t4.half()
    out = t5
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5,)])
    out.backward(gradient=torch.tensor([-1.08], dtype=torch.float16))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
