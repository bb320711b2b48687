import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
a = torch.zeros(2, 3)
b = a[1]
b.fill_(3.)
print(a)
c = a.view(3, 2)
c[0, 1] = 7.
print(a)
t = a.t()
t[0] = -1.
print(a)
print(a._version)
