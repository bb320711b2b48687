import torch
import torch.nn.functional as F
torch.manual_seed(100079)
a = torch.randn(2, 2, 1, requires_grad=True)
try:
    t1 = a @ torch.tensor([[1.0, -1.4]])
    t2 = t1.cos()
    t3 = torch.mul(t1, t2)
    t4 = t3.unbind(-1)[0]
    t5 = torch.lerp(t4, t1, 0.25)
    t6 = t5[2:2]
    out = t6
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6,)])
    out.backward(gradient=torch.zeros((0, 2, 2)))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
