import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
t = torch.tensor([[1., 0., 1.], [0., 0.25, 1.]])
for red in ['mean', 'sum', 'none']:
    r = F.binary_cross_entropy_with_logits(x * 5, t, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), x)
    print(g)
pw = torch.tensor([1., 2., 0.5])
r = F.binary_cross_entropy_with_logits(x, t, pos_weight=pw)
print(r)
r.backward()
print(x.grad)
print(F.binary_cross_entropy_with_logits(torch.tensor([100., -100., 0.]), torch.tensor([0., 1., 1.])))
