import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(5)
a = torch.randn(8, 64, requires_grad=True)
W = torch.randn(16, 64, requires_grad=True)
b = torch.randn(16, requires_grad=True)
r = F.linear(a, W, b)
print(r)
r.pow(2).mean().backward()
print(W.grad[:2], b.grad, a.grad[:2])
