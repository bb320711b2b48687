import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
p = nn.Parameter(torch.tensor([1., 2.]))
print(p)
print(p.requires_grad, p.is_leaf, p.grad_fn)
q = p * 2
print(q)
print(nn.Parameter(torch.zeros(2, 2), requires_grad=False))
s = (p ** 2).sum()
s.backward()
print(p.grad)
print(p.shape, p.dtype)
