import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
p = torch.sigmoid(x)
t = torch.tensor([[1., 0., 1.], [0., 0., 1.]])
for red in ['mean', 'sum', 'none']:
    r = F.binary_cross_entropy(p, t, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), x, retain_graph=True)
    print(g)
q = torch.tensor([0., 1., 0.5], requires_grad=True)
r = F.binary_cross_entropy(q, torch.tensor([1., 0., 0.5]))
print(r)
r.backward()
print(q.grad)
print(F.binary_cross_entropy(p, t, weight=torch.tensor([1., 2., 3.])))
try:
    F.binary_cross_entropy(x, torch.zeros(2, 3))
except Exception as e:
    print(type(e), e)
try:
    F.binary_cross_entropy(torch.rand(2), torch.zeros(1, 2))
except Exception as e:
    print(type(e), e)
