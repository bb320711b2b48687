import torch
import torch.nn.functional as F
torch.manual_seed(100348)
a = torch.randn(4, 4, requires_grad=True)
try:
    t1 = 1.5 * a
    t2 = t1.reshape(1, 16)
    t3 = t2[1:2]
    t4 = torch.minimum(torch.zeros((0, 16)), t3)
    t5 = F.cross_entropy(t4, torch.tensor([]), reduction='none', label_smoothing=0.1)
    t5.sigmoid_()
    t6 = t5.half()
    t7 = F.leaky_relu(t6, 0.1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.zeros((0,), dtype=torch.float16))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
