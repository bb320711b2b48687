import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
z = torch.randn(4, 37) * 3
z.requires_grad_()
s = F.softmax(z, 1)
print(s)
print(F.log_softmax(z, 1))
print(F.softmax(z, 0))
print(F.log_softmax(z, 0))
(s * torch.arange(37.)).sum().backward()
print(z.grad)
