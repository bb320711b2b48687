import torch
import torch.nn.functional as F
torch.manual_seed(100255)
a = torch.tensor([[0.6], [-1.1]], requires_grad=True)
b = torch.tensor([[1.7], [-0.6]], requires_grad=True)
c = torch.randn(2, 1, requires_grad=True)
try:
    t1 = torch.where(a < torch.tensor([[-1.12], [-0.7]]), a, torch.tensor([[-1.12], [-0.7]]))
    t2 = t1.narrow(-1, 0, 1)
    t3 = t2.contiguous()
    t4 = F.gelu(t3)
    t5 = t4.norm(dim=1, keepdim=True)
    t6 = F.kl_div(F.log_softmax(t5, -1), torch.softmax(torch.tensor([[0.38], [-1.35]]), -1), reduction='batchmean')
    t7 = torch.sign(t6)
    t8 = F.relu6(t7)
    out = t8
    print(out)
    print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)
    print(out.shape, out.dtype)
    print([tuple(v.shape) for v in (t1, t2, t3, t4, t5, t6, t7, t8,)])
    out.backward()
    print(a.grad)
    print(b.grad)
    print(c.grad)
except Exception as e:
    print(f"exception: {type(e).__name__}: {e}")
