import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = torch.zeros(3, 3)
h[1:] = v
print(h)
h[:, 0] = torch.tensor([1., 2., 3.])
print(h)
h[...] = 2
print(h)
h[0, :2] = torch.tensor([7, 8])
print(h)
