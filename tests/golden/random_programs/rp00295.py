import torch
import torch.nn.functional as F
torch.manual_seed(100295)
a = torch.tensor([[[0.62]], [[-1.68]], [[0.9]], [[0.96]]], requires_grad=True)
try:
    t1 = torch.cat((a, torch.tensor([[[0.71]], [[1.03]], [[-1.02]], [[0.49]]])), -1)
    t2 = torch.mul(torch.tensor(-0.13), t1)
    t3 = t2.abs()
    t4 = t3 * -1.9
    t5 = torch.relu(t4)
    t6 = t5[3:5]
    t7 = t6 / (t5.abs() + 1)
    out = t7
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7,)])
    out.backward(gradient=torch.tensor([[[0.72, 0.84]], [[-1.4, -0.3]], [[0.0, 0.8]], [[-0.2, -1.26]]]))
    print(a.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
